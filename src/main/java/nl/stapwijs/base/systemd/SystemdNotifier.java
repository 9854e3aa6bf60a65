package nl.stapwijs.base.systemd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import nl.stapwijs.base.health.ReadinessController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Speaks systemd's notify protocol for {@code stapwijs.service}. It reads systemd's own
 * environment variables (NOTIFY_SOCKET, WATCHDOG_USEC, WATCHDOG_PID) through Spring's
 * environment, which is where the operating system's variables appear.
 *
 * <p>READY=1 is sent when Spring publishes ReadinessState.ACCEPTING_TRAFFIC, which follows the
 * ApplicationReadyEvent: only from then on does the readiness URL answer 200, and the kiosk
 * browser and the watchdog both go by that URL.
 */
class SystemdNotifier {

    private static final Logger log = LoggerFactory.getLogger(SystemdNotifier.class);
    private static final Duration LONGEST_PROBE = Duration.ofSeconds(10);

    private final Environment environment;
    /** Null when this process was not started by systemd with Type=notify: then it does nothing. */
    private final NotifySocket socket;
    private Watchdog watchdog;
    private ReadinessUrlProbe probe;

    SystemdNotifier(Environment environment) {
        this.environment = environment;
        String address = environment.getProperty("NOTIFY_SOCKET");
        try {
            this.socket = address == null || address.isBlank() ? null : NotifySocket.open(address);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open systemd's NOTIFY_SOCKET", e);
        }
    }

    @EventListener
    synchronized void onReadiness(AvailabilityChangeEvent<ReadinessState> event) throws IOException {
        if (socket == null || event.getState() != ReadinessState.ACCEPTING_TRAFFIC || watchdog != null) {
            return;
        }
        URI readinessUrl = readinessUrl();
        socket.send("READY=1\nSTATUS=Ready, " + readinessUrl);
        Optional<Duration> interval = watchdogInterval();
        if (interval.isPresent()) {
            probe = new ReadinessUrlProbe(readinessUrl, min(interval.get(), LONGEST_PROBE));
            watchdog = new Watchdog(socket, probe, interval.get());
            watchdog.start();
            log.info("Feeding the systemd watchdog every {} while {} answers", interval.get(), readinessUrl);
        }
    }

    @EventListener(ContextClosedEvent.class)
    synchronized void onShutdown() throws IOException {
        if (socket == null) {
            return;
        }
        if (watchdog != null) {
            watchdog.close();
            probe.close();
        }
        socket.send("STOPPING=1");
        socket.close();
    }

    /**
     * Half of WATCHDOG_USEC, as sd_watchdog_enabled(3) advises, so that one late tick is not
     * yet a restart. Empty when systemd set no watchdog or meant it for another process.
     */
    Optional<Duration> watchdogInterval() {
        if (socket == null) {
            return Optional.empty();
        }
        Long usec = environment.getProperty("WATCHDOG_USEC", Long.class);
        Long pid = environment.getProperty("WATCHDOG_PID", Long.class);
        if (usec == null || usec <= 0 || (pid != null && pid != ProcessHandle.current().pid())) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(usec * 1_000 / 2));
    }

    private URI readinessUrl() {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        String address = environment.getProperty("server.address", "");
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + ReadinessController.PATH);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
