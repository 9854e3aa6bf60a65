package nl.stapwijs.hardware.pi4j;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;

/**
 * One GPIO input in the panel's terms: active or not, whatever the wiring. Active-low is
 * the usual wiring: a switch to ground and a pull-up, so a broken wire reads as "not
 * pressed" rather than as a stream of presses.
 */
final class GpioInput implements AutoCloseable {

    private final DigitalInput input;
    private final boolean activeLow;
    private final Listeners<Boolean> levels = new Listeners<>();
    private final DigitalStateChangeListener listener;

    GpioInput(Context pi4j, Wire wire) {
        this.activeLow = wire.activeLow();
        this.input = pi4j.create(DigitalInput.newConfigBuilder(pi4j)
                .id(wire.id())
                .name(wire.part())
                .address(wire.bcm())
                .pull(activeLow ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                // Debounce is done in Java (Debounce, MinimumGap), where it is tested, so Pi4J passes every edge.
                .debounce(0L, TimeUnit.MICROSECONDS));
        this.listener = event -> levels.fire(isActive(event.state()));
        input.addListener(listener);
    }

    boolean active() {
        return isActive(input.state());
    }

    Subscription onLevel(Consumer<Boolean> action) {
        return levels.add(action);
    }

    @Override
    public void close() {
        input.removeListener(listener);
    }

    private boolean isActive(DigitalState state) {
        return activeLow ? state == DigitalState.LOW : state == DigitalState.HIGH;
    }
}
