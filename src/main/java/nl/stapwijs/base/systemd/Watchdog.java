package nl.stapwijs.base.systemd;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells systemd "still alive" (WATCHDOG=1) at a fixed interval, but only while the health
 * probe passes. A web server that stopped answering or a database that stopped answering
 * therefore ends, after WatchdogSec, in a restart by systemd instead of a frozen station.
 * Changes between healthy and unhealthy go to the journal and to the unit's status line
 * ({@code systemctl status stapwijs}), where a technician looks first.
 */
final class Watchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    private final NotifySocket socket;
    private final HealthProbe probe;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("systemd-watchdog").factory());
    private Optional<String> lastProblem = Optional.empty();

    Watchdog(NotifySocket socket, HealthProbe probe, Duration interval) {
        this.socket = socket;
        this.probe = probe;
        this.interval = interval;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        // A scheduled task that throws is never run again, silently; so nothing may escape.
        Optional<String> problem;
        try {
            problem = probe.problem();
        } catch (RuntimeException e) {
            problem = Optional.of("the health probe failed: " + e);
        }
        if (timer.isShutdown()) {
            return;
        }
        try {
            if (problem.isEmpty()) {
                socket.send(lastProblem.isPresent() ? "WATCHDOG=1\nSTATUS=Ready" : "WATCHDOG=1");
                if (lastProblem.isPresent()) {
                    log.info("Healthy again; feeding the systemd watchdog");
                }
            } else if (!problem.equals(lastProblem)) {
                log.warn("Not feeding the systemd watchdog, which restarts Stapwijs if this lasts: {}", problem.get());
                socket.send("STATUS=Unhealthy: " + problem.get());
            }
        } catch (IOException e) {
            log.warn("Cannot reach systemd's notify socket", e);
        }
        lastProblem = problem;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(interval.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
