package nl.stapwijs.station;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.TestClock;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.coaching.CoachingWiring;
import nl.stapwijs.demo.DemoCoaching;
import nl.stapwijs.demo.DemoWorkshop;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.EventRecorded;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.LiveFloor;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo workshop (without history) on a real SQLite file, wired by hand the way Spring
 * wires it, with simulated panels and a clock the test moves. A Tuesday morning in Amsterdam.
 */
public final class StationFixture implements AutoCloseable {

    public static final Instant TUESDAY_MORNING = Instant.parse("2026-11-17T09:00:00Z");

    public final TestClock clock = new TestClock(TUESDAY_MORNING);
    public final Database database;
    public final Journal journal;
    public final WorkforceService workforce;
    public final InstructionService instructions;
    public final ProductService products;
    public final OrderService orders;
    public final StaffService staff;
    public final SimulatedDevices devices = new SimulatedDevices();
    public final LiveFloor floor;
    public final StationRuntimes runtimes;
    public final List<ProductionEvent> published = new ArrayList<>();
    public final CoachingWiring coaching;

    private final List<Object> listeners = new ArrayList<>();

    public StationFixture(Path dir) {
        this(Database.open(dir.resolve("stapwijs.db")), dir);
    }

    /** The same workshop on any database, e.g. PostgreSQL. */
    public StationFixture(Database database, Path dir) {
        StapwijsProperties properties = new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"),
                new StapwijsProperties.Demo(true, 7L, 0));
        this.database = database;
        journal = new Journal(database, clock, event -> {
            EventRecorded recorded = (EventRecorded) event;
            published.add(recorded.event());
            for (Object listener : listeners) {
                if (listener instanceof LiveFloor live) {
                    live.on(recorded);
                } else if (listener instanceof StationRuntimes stations) {
                    stations.on(recorded);
                }
            }
        });
        workforce = new WorkforceService(database, new nl.stapwijs.base.audit.AuditLog(database, clock), clock);
        instructions = new InstructionService(database, clock);
        products = new ProductService(database);
        orders = new OrderService(database, instructions, workforce, products, clock, properties);
        staff = new StaffService(database, new BCryptPasswordEncoder(4), clock);
        coaching = new CoachingWiring(database, journal, workforce, instructions, clock, properties);
        new DemoWorkshop(workforce, products, instructions, journal, staff, clock, properties,
                new DemoCoaching(coaching.coaching, coaching.levels, coaching.log, coaching.observations, staff,
                        instructions, clock, properties), orders).seedIfEmpty();
        floor = new LiveFloor(journal, clock, properties);
        runtimes = new StationRuntimes(
                new StationServices(journal, workforce, instructions, products, orders, coaching.supportLevels, clock,
                        properties.zone()), devices);
        listeners.add(floor);
        listeners.add(runtimes);
    }

    /** The station runtimes of a process that just started on this database, as after a power cut. */
    public StationRuntimes restarted() {
        return new StationRuntimes(new StationServices(journal, workforce, instructions, products, orders, coaching.supportLevels, clock,
                ZoneId.of("Europe/Amsterdam")), new SimulatedDevices());
    }

    public StationRuntime station(String code) {
        return runtimes.runtime(code).orElseThrow();
    }

    public String productCode(String taskCode) {
        long productId = instructions.tasks().stream().filter(t -> t.code().equals(taskCode)).findFirst()
                .orElseThrow().productId();
        return products.barcodes().stream().filter(b -> b.productId() == productId).findFirst().orElseThrow().code();
    }

    public long taskId(String taskCode) {
        return instructions.tasks().stream().filter(t -> t.code().equals(taskCode)).findFirst().orElseThrow().id();
    }

    public List<ProductionEvent> journalOf(String station) {
        return journal.ofStationSince(station, Instant.EPOCH);
    }

    @Override
    public void close() {
        database.close();
    }
}
