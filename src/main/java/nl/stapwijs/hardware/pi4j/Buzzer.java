package nl.stapwijs.hardware.pi4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * An active buzzer: it sounds at its own fixed pitch whenever it is powered. A counted unit
 * gets one short beep; a refused scan two long ones, told apart by rhythm because an
 * active buzzer has only one note. A new pattern cuts off the one still playing.
 */
final class Buzzer {

    private final GpioOutput output;
    private final Duration shortBeep;
    private final Duration longBeep;
    private final Duration pause;
    private final ScheduledExecutorService timer;
    private final List<ScheduledFuture<?>> playing = new ArrayList<>();
    /** Steps of a pattern that was cut off may already be waiting to run; they must not touch the buzzer. */
    private long pattern;

    Buzzer(GpioOutput output, Duration shortBeep, Duration longBeep, Duration pause, ScheduledExecutorService timer) {
        this.output = output;
        this.shortBeep = shortBeep;
        this.longBeep = longBeep;
        this.pause = pause;
        this.timer = timer;
    }

    void confirmed() {
        beep(1, shortBeep);
    }

    void refused() {
        beep(2, longBeep);
    }

    /** On or off by itself, for the self-test. */
    synchronized void switchOn(boolean on) {
        stop();
        output.set(on);
    }

    synchronized boolean isOn() {
        return output.isOn();
    }

    private synchronized void beep(int times, Duration length) {
        stop();
        long current = pattern;
        long at = 0;
        for (int i = 0; i < times; i++) {
            playing.add(timer.schedule(() -> set(true, current), at, TimeUnit.MILLISECONDS));
            at += length.toMillis();
            playing.add(timer.schedule(() -> set(false, current), at, TimeUnit.MILLISECONDS));
            at += pause.toMillis();
        }
    }

    private synchronized void set(boolean on, long ofPattern) {
        if (ofPattern == pattern) {
            output.set(on);
        }
    }

    private void stop() {
        pattern++;
        playing.forEach(step -> step.cancel(false));
        playing.clear();
        output.set(false);
    }
}
