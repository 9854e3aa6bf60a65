package nl.stapwijs.station;

import java.time.Clock;
import java.time.ZoneId;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.workforce.WorkforceService;

/** Station runtimes wired by hand over any database, for tests outside this package. */
public final class StationWiring {

    private StationWiring() {
    }

    public static StationRuntimes runtimes(Database database, Journal journal, Clock clock) {
        return new StationRuntimes(new StationServices(journal,
                new WorkforceService(database, new AuditLog(database, clock), clock),
                new InstructionService(database, clock), new ProductService(database),
                new nl.stapwijs.coaching.SupportLevels(database), clock,
                ZoneId.of("Europe/Amsterdam")), new SimulatedDevices());
    }
}
