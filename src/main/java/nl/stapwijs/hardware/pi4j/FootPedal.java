package nl.stapwijs.hardware.pi4j;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import nl.stapwijs.base.Subscription;

/**
 * A foot pedal that counts one unit per press. Electrically it is a push button at the end
 * of a long cable on the floor: its contact is heavier and bounces longer (hence its own,
 * longer debounce), and the cable wants strain relief and a shielded pair.
 */
final class FootPedal implements PanelInput {

    private final PushButton contact;

    FootPedal(GpioInput contact, Duration debounce, Clock clock) {
        this.contact = new PushButton(contact, debounce, clock);
    }

    @Override
    public Subscription onPress(Runnable action) {
        return contact.onPress(action);
    }

    @Override
    public Subscription onLevel(Consumer<Boolean> listener) {
        return contact.onLevel(listener);
    }

    @Override
    public void close() {
        contact.close();
    }
}
