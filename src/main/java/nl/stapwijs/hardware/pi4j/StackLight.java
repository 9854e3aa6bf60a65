package nl.stapwijs.hardware.pi4j;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import nl.stapwijs.hardware.HardwareProperties.Lamp;
import nl.stapwijs.hardware.Output;

/**
 * The three-colour stack light (signal tower) that the supervisor sees from across the
 * hall. One lamp at a time, steady or blinking; blinking draws the eye, so it is kept for
 * a help call.
 */
final class StackLight {

    private final Map<Output, GpioOutput> lamps;
    private final Duration blink;
    private final ScheduledExecutorService timer;
    private ScheduledFuture<?> blinking;
    /** A toggle of an earlier look may already be waiting to run; it must not touch the lamps. */
    private long generation;

    StackLight(Map<Output, GpioOutput> lamps, Duration blink, ScheduledExecutorService timer) {
        this.lamps = new EnumMap<>(lamps);
        this.blink = blink;
        this.timer = timer;
    }

    Set<Output> lamps() {
        return lamps.keySet();
    }

    synchronized void show(Lamp look) {
        stopBlinking();
        Output colour = look.colour();
        lamps.forEach((lamp, output) -> output.set(lamp == colour));
        if (look.blinking() && lamps.containsKey(colour)) {
            GpioOutput lamp = lamps.get(colour);
            long period = blink.toMillis();
            long current = generation;
            blinking = timer.scheduleAtFixedRate(() -> toggle(lamp, current), period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** One lamp on or off by itself, for the self-test; stops any blinking. */
    synchronized void switchLamp(Output lamp, boolean on) {
        stopBlinking();
        GpioOutput output = lamps.get(lamp);
        if (output != null) {
            output.set(on);
        }
    }

    synchronized boolean isOn(Output lamp) {
        GpioOutput output = lamps.get(lamp);
        return output != null && output.isOn();
    }

    private synchronized void toggle(GpioOutput lamp, long ofLook) {
        if (ofLook == generation) {
            lamp.set(!lamp.isOn());
        }
    }

    private void stopBlinking() {
        generation++;
        if (blinking != null) {
            blinking.cancel(false);
            blinking = null;
        }
    }
}
