package nl.stapwijs.hardware;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationPanel.Signal;

/**
 * A technician's test of one station's panel and scanners. While it is open the station
 * runtime hears nothing (a test press must not count a unit, a test badge must not sign
 * anyone in) and the outputs belong to the technician; closing it hands everything back.
 */
public final class SelfTest implements AutoCloseable {

    private final StationHardware hardware;
    private final TestablePanel panel;
    private final Listeners<Input> presses = new Listeners<>();
    private final Listeners<String> scans = new Listeners<>();
    private volatile boolean open = true;

    SelfTest(StationHardware hardware, TestablePanel panel) {
        this.hardware = hardware;
        this.panel = panel;
    }

    public String station() {
        return hardware.station();
    }

    public Set<Input> inputs() {
        return panel.inputs();
    }

    public Set<Output> outputs() {
        return panel.outputs();
    }

    public boolean hasScanner() {
        return hardware.hasScanner();
    }

    /** The raw level of each input, as the wire reports it. */
    public Subscription onLevel(BiConsumer<Input, Boolean> listener) {
        return panel.onLevel((input, active) -> {
            if (open) {
                listener.accept(input, active);
            }
        });
    }

    /** The presses that would count: after debounce and the light barrier's minimum gap. */
    public Subscription onPressed(Consumer<Input> listener) {
        return presses.add(listener);
    }

    /** Exactly what a scanner delivered, before any checking. */
    public Subscription onScan(Consumer<String> listener) {
        return scans.add(listener);
    }

    public void switchOutput(Output output, boolean on) {
        if (open) {
            panel.switchOutput(output, on);
        }
    }

    /** Shows or sounds a signal the way the station would, even if the station's light or buzzer is switched off. */
    public void play(Signal signal) {
        if (open) {
            panel.show(signal);
        }
    }

    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            hardware.selfTestClosed(this);
        }
    }

    void pressed(Input input) {
        presses.fire(input);
    }

    void scanned(String raw) {
        scans.fire(raw);
    }
}
