package nl.stapwijs.hardware;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;

/**
 * One station's panel and scanners as its runtime uses them. Two things sit between the
 * devices and the runtime: the station's own switches for the light and the buzzer (a quiet
 * room, a worker who startles at beeps), and the technician's {@link SelfTest}, which takes
 * the devices away from the runtime while it is open.
 */
public final class StationHardware implements StationPanel, AutoCloseable {

    private final String station;
    private final TestablePanel panel;
    private final boolean hasScanner;
    private final Map<Input, Listeners<Input>> presses = new EnumMap<>(Input.class);
    private final Listeners<String> scans = new Listeners<>();
    private final List<Subscription> wiring = new ArrayList<>();
    private volatile boolean lightOn;
    private volatile boolean buzzerOn;
    private volatile Signal light = Signal.IDLE;
    private volatile SelfTest selfTest;

    /**
     * @param scanners   every source of scans for this station, physical or not
     * @param hasScanner whether one of them is a real scanner; a station without one may offer its camera
     */
    public StationHardware(String station, TestablePanel panel, List<ScanSource> scanners, boolean hasScanner,
            boolean lightOn, boolean buzzerOn) {
        this.station = station;
        this.panel = panel;
        this.hasScanner = hasScanner;
        this.lightOn = lightOn;
        this.buzzerOn = buzzerOn;
        for (Input input : Input.values()) {
            presses.put(input, new Listeners<>());
            wiring.add(panel.onPressed(input, () -> pressed(input)));
        }
        scanners.forEach(scanner -> wiring.add(scanner.onScan(this::scanned)));
    }

    public String station() {
        return station;
    }

    public boolean hasScanner() {
        return hasScanner;
    }

    @Override
    public Subscription onPressed(Input input, Runnable action) {
        return presses.get(input).add(ignored -> action.run());
    }

    /** Every scan from every scanner of this station, as one source. */
    public ScanSource scans() {
        return scans::add;
    }

    @Override
    public void show(Signal signal) {
        boolean sound = signal == Signal.CONFIRMED || signal == Signal.REFUSED;
        if (!sound) {
            light = signal;
        }
        if (selfTest != null) {
            return;
        }
        if (sound ? buzzerOn : lightOn) {
            panel.show(signal);
        }
    }

    public boolean lightOn() {
        return lightOn;
    }

    public boolean buzzerOn() {
        return buzzerOn;
    }

    public synchronized void switchLight(boolean on) {
        lightOn = on;
        if (selfTest == null) {
            panel.show(on ? light : Signal.IDLE);
        }
    }

    public void switchBuzzer(boolean on) {
        buzzerOn = on;
    }

    /** Opens a self-test; one that was already open (another technician's page) is closed first. */
    public synchronized SelfTest startSelfTest() {
        SelfTest previous = selfTest;
        if (previous != null) {
            previous.close();
        }
        SelfTest started = new SelfTest(this, panel);
        selfTest = started;
        allOff();
        return started;
    }

    synchronized void selfTestClosed(SelfTest closed) {
        if (selfTest == closed) {
            selfTest = null;
            allOff();
            if (lightOn) {
                panel.show(light);
            }
        }
    }

    @Override
    public void close() {
        wiring.forEach(Subscription::cancel);
    }

    private void allOff() {
        panel.outputs().forEach(output -> panel.switchOutput(output, false));
    }

    private void pressed(Input input) {
        SelfTest test = selfTest;
        if (test != null) {
            test.pressed(input);
        } else {
            presses.get(input).fire(input);
        }
    }

    private void scanned(String raw) {
        SelfTest test = selfTest;
        if (test != null) {
            test.scanned(raw);
        } else {
            scans.fire(raw);
        }
    }
}
