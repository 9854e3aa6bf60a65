package nl.stapwijs.hardware.pi4j;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;

/**
 * A light barrier (a through-beam or reflective sensor) that counts what passes on a belt
 * or a chute: one count when the beam is broken, and none again within the minimum gap. Its
 * 12-24 V output reaches the Pi only through an optocoupler.
 */
final class LightBarrier implements PanelInput {

    private final GpioInput beam;
    private final MinimumGap gap;
    private final Listeners<Boolean> passes = new Listeners<>();
    private final Subscription wiring;

    LightBarrier(GpioInput beam, Duration minimumGap, Clock clock) {
        this.beam = beam;
        this.gap = new MinimumGap(minimumGap, clock);
        this.wiring = beam.onLevel(this::changed);
    }

    @Override
    public Subscription onPress(Runnable action) {
        return passes.add(ignored -> action.run());
    }

    @Override
    public Subscription onLevel(Consumer<Boolean> listener) {
        return beam.onLevel(listener);
    }

    @Override
    public void close() {
        wiring.cancel();
        beam.close();
    }

    private void changed(boolean broken) {
        if (broken && gap.counts()) {
            passes.fire(true);
        }
    }
}
