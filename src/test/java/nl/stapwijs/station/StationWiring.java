package nl.stapwijs.station;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.workforce.WorkforceService;

/** Station runtimes wired by hand over any database, for tests outside this package. */
public final class StationWiring {

    private StationWiring() {
    }

    public static StationRuntimes runtimes(Database database, Journal journal, Clock clock) {
        ZoneId zone = ZoneId.of("Europe/Amsterdam");
        WorkforceService workforce = new WorkforceService(database, new AuditLog(database, clock), clock);
        InstructionService instructions = new InstructionService(database, clock);
        ProductService products = new ProductService(database);
        OrderService orders = new OrderService(database, instructions, workforce, products, clock,
                new StapwijsProperties(Path.of("data"), zone, null));
        return new StationRuntimes(new StationServices(journal, workforce, instructions, products, orders,
                new nl.stapwijs.coaching.SupportLevels(database), clock, zone),
                new SimulatedDevices());
    }
}
