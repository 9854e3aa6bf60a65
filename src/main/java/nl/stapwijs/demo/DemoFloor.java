package nl.stapwijs.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.hardware.simulated.SimulatedPanel;
import nl.stapwijs.production.FloorService;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductBarcode;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.station.Mode;
import nl.stapwijs.station.StationRuntime;
import nl.stapwijs.station.StationRuntimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few demo workers at work right now, so that a newcomer who opens the floor sees it move:
 * they badge in and scan through their stations' simulated panels, the way a real scanner
 * and pedal reach a station, and tap the screen where a worker would. Help calls they make
 * are answered after a while, as a supervisor would. The stations a newcomer is pointed at
 * (VER-1 in the README) stay free.
 */
final class DemoFloor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoFloor.class);

    /** Who works where, on what, and how many seconds a unit takes them here (sped up for the demo). */
    private record Shift(String station, String badge, String task, int secondsPerUnit) {
    }

    private static final List<Shift> SHIFTS = List.of(
            new Shift("MON-2", "P-1002", "LAMP", 14),
            new Shift("VER-2", "P-1006", "VOUWEN", 6),
            new Shift("VER-5", "P-1009", "ZAKJES", 9),
            new Shift("GRO-3", "P-1012", "BLAD", 25));

    private final StationRuntimes runtimes;
    private final StationDevices devices;
    private final FloorService floor;
    private final ProductService products;
    private final Random random;
    /** How long one of the demo's seconds lasts: a real second, or a few milliseconds in a test. */
    private final long millisPerSecond;
    /** Product id → the code its label carries; read once (only the timer thread uses it). */
    private final Map<Long, String> codes = new HashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "demo-floor");
        thread.setDaemon(true);
        return thread;
    });

    DemoFloor(StationRuntimes runtimes, StationDevices devices, FloorService floor, ProductService products,
            long seed) {
        this(runtimes, devices, floor, products, seed, 1_000);
    }

    DemoFloor(StationRuntimes runtimes, StationDevices devices, FloorService floor, ProductService products,
            long seed, long millisPerSecond) {
        this.millisPerSecond = millisPerSecond;
        this.runtimes = runtimes;
        this.devices = devices;
        this.floor = floor;
        this.products = products;
        this.random = new Random(seed);
    }

    void start() {
        for (int i = 0; i < SHIFTS.size(); i++) {
            Shift shift = SHIFTS.get(i);
            later(shift, 2 + 3L * i);
        }
        log.info("Demo floor: {} simulated workers at work", SHIFTS.size());
    }

    /** One action of one worker, then the next one is scheduled; a failure stops only this worker. */
    private void step(Shift shift) {
        StationRuntime station = runtimes.runtime(shift.station()).orElse(null);
        if (station == null) {
            return;
        }
        SimulatedPanel panel = devices.simulatedPanel(shift.station()).orElse(null);
        if (panel == null) {
            return; // this station has its real panel here; the demo worker stays away
        }
        try {
            later(shift, act(shift, station, panel));
        } catch (RuntimeException e) {
            log.warn("Demo floor: the simulated worker at {} stopped: {}", shift.station(), e.toString());
        }
    }

    private void later(Shift shift, long seconds) {
        timer.schedule(() -> step(shift), seconds * millisPerSecond, TimeUnit.MILLISECONDS);
    }

    private long act(Shift shift, StationRuntime station, SimulatedPanel panel) {
        var state = station.state();
        if (state.worker() == null || state.mode() == Mode.MY_DAY) {
            panel.scan(shift.badge());
            return 2;
        }
        switch (state.mode()) {
            case CHOOSE_TASK -> station.taskCalled(shift.task()).ifPresent(station::chooseTask);
            case STEPS -> station.next();
            case BREAK -> station.endBreak();
            default -> {
                return produce(shift, station, panel);
            }
        }
        return 3 + random.nextInt(3);
    }

    private long produce(Shift shift, StationRuntime station, SimulatedPanel panel) {
        if (station.state().helpWaiting()) {
            floor.helpGiven(shift.station());
        } else if (random.nextInt(60) == 0) {
            panel.press(Input.HELP);
            return 45 + random.nextInt(60);
        }
        Product product = station.state().product();
        if (product == null) {
            panel.press(Input.COUNT_PEDAL);
        } else {
            String code = codes.computeIfAbsent(product.id(), id -> products.barcodes().stream()
                    .filter(barcode -> barcode.productId() == id).map(ProductBarcode::code).findFirst().orElse(""));
            panel.scan(code);
        }
        double spread = 0.6 + 0.8 * random.nextDouble();
        return Math.max(2, Math.round(shift.secondsPerUnit() * spread));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
