package nl.stapwijs.hardware.pi4j;

import java.time.Clock;
import java.time.Duration;

/**
 * A light barrier sees every gap in what passes: a box with a handle hole breaks the beam
 * twice, a tilted flap three times. Two counts must be at least the minimum gap apart, set a
 * little shorter than the time between two products on the belt.
 */
final class MinimumGap {

    private final long gapMillis;
    private final Clock clock;
    private long lastCount = Long.MIN_VALUE;

    MinimumGap(Duration gap, Clock clock) {
        this.gapMillis = gap.toMillis();
        this.clock = clock;
    }

    /** Called when the beam is broken; true when this one counts. */
    synchronized boolean counts() {
        long now = clock.millis();
        if (lastCount != Long.MIN_VALUE && now - lastCount < gapMillis) {
            return false;
        }
        lastCount = now;
        return true;
    }
}
