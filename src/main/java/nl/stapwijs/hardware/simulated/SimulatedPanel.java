package nl.stapwijs.hardware.simulated;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.hardware.ScanSource;
import nl.stapwijs.hardware.StationPanel;
import nl.stapwijs.base.Subscription;

/**
 * A station panel and scanner in software, for the demo and for tests: the simulator page
 * (or a test) presses its buttons and scans codes, and reads back what it signals, through
 * the same interfaces the Pi4J parts implement.
 */
public class SimulatedPanel implements StationPanel, ScanSource {

    private final Map<Input, Listeners<Input>> inputs = new EnumMap<>(Input.class);
    private final Listeners<String> scans = new Listeners<>();
    private final Listeners<Signal> signals = new Listeners<>();
    private volatile Signal light = Signal.IDLE;
    private volatile Signal lastSignal = Signal.IDLE;

    public SimulatedPanel() {
        for (Input input : Input.values()) {
            inputs.put(input, new Listeners<>());
        }
    }

    @Override
    public Subscription onPressed(Input input, Runnable action) {
        return inputs.get(input).add(ignored -> action.run());
    }

    @Override
    public Subscription onScan(Consumer<String> listener) {
        return scans.add(listener);
    }

    @Override
    public void show(Signal signal) {
        lastSignal = signal;
        if (signal != Signal.CONFIRMED && signal != Signal.REFUSED) {
            light = signal;
        }
        signals.fire(signal);
    }

    public void press(Input input) {
        inputs.get(input).fire(input);
    }

    public void scan(String code) {
        scans.fire(code);
    }

    /** The stack light's current state: IDLE, WORKING, HELP_WAITING or DOWNTIME. */
    public Signal light() {
        return light;
    }

    public Signal lastSignal() {
        return lastSignal;
    }

    public Subscription onSignal(Consumer<Signal> listener) {
        return signals.add(listener);
    }
}
