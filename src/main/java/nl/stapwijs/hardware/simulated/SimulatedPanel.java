package nl.stapwijs.hardware.simulated;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.hardware.Output;
import nl.stapwijs.hardware.ScanSource;
import nl.stapwijs.hardware.TestablePanel;

/**
 * A station panel and scanner in software, for the demo and for tests: the simulator page
 * (or a test) presses its buttons and scans codes, and reads back what it signals, through
 * the same interfaces the Pi4J parts implement.
 */
public class SimulatedPanel implements TestablePanel, ScanSource {

    private final Map<Input, Listeners<Input>> inputs = new EnumMap<>(Input.class);
    private final Listeners<Map.Entry<Input, Boolean>> levels = new Listeners<>();
    private final Listeners<String> scans = new Listeners<>();
    private final Listeners<Signal> signals = new Listeners<>();
    private final Map<Output, Boolean> outputs = new EnumMap<>(Output.class);
    private volatile Signal light = Signal.IDLE;
    private volatile Signal lastSignal = Signal.IDLE;

    public SimulatedPanel() {
        for (Input input : Input.values()) {
            inputs.put(input, new Listeners<>());
        }
        for (Output output : Output.values()) {
            outputs.put(output, false);
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
        switch (signal) {
            case IDLE -> lamps(false, false, false);
            case WORKING -> lamps(true, false, false);
            case HELP_WAITING -> lamps(false, true, false);
            case DOWNTIME -> lamps(false, false, true);
            case CONFIRMED, REFUSED -> { }
        }
        if (signal != Signal.CONFIRMED && signal != Signal.REFUSED) {
            light = signal;
        }
        signals.fire(signal);
    }

    @Override
    public Set<Input> inputs() {
        return EnumSet.allOf(Input.class);
    }

    @Override
    public Set<Output> outputs() {
        return EnumSet.allOf(Output.class);
    }

    @Override
    public Subscription onLevel(BiConsumer<Input, Boolean> listener) {
        return levels.add(change -> listener.accept(change.getKey(), change.getValue()));
    }

    @Override
    public synchronized void switchOutput(Output output, boolean on) {
        outputs.put(output, on);
        if (output != Output.BUZZER && !on) {
            light = Signal.IDLE;
        }
    }

    public synchronized boolean isOn(Output output) {
        return outputs.get(output);
    }

    /** A press and release, as a quick tap on the real button. */
    public void press(Input input) {
        hold(input);
        release(input);
    }

    /** The button goes down (and counts) and stays down until {@link #release}. */
    public void hold(Input input) {
        levels.fire(Map.entry(input, true));
        inputs.get(input).fire(input);
    }

    public void release(Input input) {
        levels.fire(Map.entry(input, false));
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

    private synchronized void lamps(boolean green, boolean yellow, boolean red) {
        outputs.put(Output.GREEN, green);
        outputs.put(Output.YELLOW, yellow);
        outputs.put(Output.RED, red);
    }
}
