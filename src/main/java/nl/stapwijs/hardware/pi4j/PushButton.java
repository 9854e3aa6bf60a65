package nl.stapwijs.hardware.pi4j;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;

/**
 * A push button (the help button): a normally-open contact between the pin and ground.
 * One press is one press however much the contact bounces.
 */
final class PushButton implements PanelInput {

    private final GpioInput contact;
    private final Debounce debounce;
    private final Listeners<Boolean> presses = new Listeners<>();
    private final Subscription wiring;

    PushButton(GpioInput contact, Duration debounce, Clock clock) {
        this.contact = contact;
        this.debounce = new Debounce(debounce, clock);
        this.wiring = contact.onLevel(this::changed);
    }

    @Override
    public Subscription onPress(Runnable action) {
        return presses.add(ignored -> action.run());
    }

    @Override
    public Subscription onLevel(Consumer<Boolean> listener) {
        return contact.onLevel(listener);
    }

    @Override
    public void close() {
        wiring.cancel();
        contact.close();
    }

    private void changed(boolean active) {
        if (debounce.isPress(active)) {
            presses.fire(true);
        }
    }
}
