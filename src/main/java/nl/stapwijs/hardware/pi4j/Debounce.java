package nl.stapwijs.hardware.pi4j;

import java.time.Clock;
import java.time.Duration;

/**
 * Contact bounce: a mechanical switch chatters for a few milliseconds when it closes and
 * again when it opens. A change to active counts as a press only when the line was quiet
 * (no change at all) for the debounce time before it, so the chatter after the first edge,
 * and the chatter of the release, count nothing.
 */
final class Debounce {

    private final long quietMillis;
    private final Clock clock;
    private long lastChange = Long.MIN_VALUE;

    Debounce(Duration quiet, Clock clock) {
        this.quietMillis = quiet.toMillis();
        this.clock = clock;
    }

    /** Called on every change of the line; true when this change is a press that counts. */
    synchronized boolean isPress(boolean active) {
        long now = clock.millis();
        boolean quietBefore = lastChange == Long.MIN_VALUE || now - lastChange >= quietMillis;
        lastChange = now;
        return active && quietBefore;
    }
}
