package nl.stapwijs.base.systemd;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WatchdogTest {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private final AtomicReference<Optional<String>> health = new AtomicReference<>(Optional.empty());
    private final AtomicReference<RuntimeException> probeFailure = new AtomicReference<>();
    private FakeNotifySocket systemd;
    private NotifySocket socket;
    private Watchdog watchdog;

    @BeforeEach
    void start() throws IOException {
        systemd = FakeNotifySocket.bindInAbstractNamespace();
        socket = NotifySocket.open(systemd.notifySocket());
        watchdog = new Watchdog(socket, this::probe, INTERVAL);
    }

    private Optional<String> probe() {
        if (probeFailure.get() != null) {
            throw probeFailure.get();
        }
        return health.get();
    }

    @AfterEach
    void stop() throws IOException {
        watchdog.close();
        socket.close();
        systemd.close();
    }

    @Test
    void a_healthy_application_feeds_the_watchdog_again_and_again() {
        watchdog.start();

        await().until(() -> systemd.count("WATCHDOG=1"), greaterThanOrEqualTo(3L));
    }

    @Test
    void an_unhealthy_application_stops_feeding_and_says_why_in_its_status() {
        watchdog.start();
        await().until(() -> systemd.count("WATCHDOG=1"), greaterThanOrEqualTo(1L));

        health.set(Optional.of("database does not answer"));

        await().until(() -> systemd.count("STATUS=Unhealthy: database does not answer"), equalTo(1L));
        long fed = systemd.count("WATCHDOG=1");
        await().during(INTERVAL.multipliedBy(6)).atMost(INTERVAL.multipliedBy(20))
                .until(() -> systemd.count("WATCHDOG=1"), equalTo(fed));
    }

    @Test
    void feeding_resumes_with_a_ready_status_when_the_application_recovers() {
        health.set(Optional.of("starting"));
        watchdog.start();
        await().until(() -> systemd.count("STATUS=Unhealthy: starting"), equalTo(1L));

        health.set(Optional.empty());

        await().until(systemd::received, hasItem("WATCHDOG=1\nSTATUS=Ready"));
    }

    @Test
    void a_probe_that_throws_counts_as_unhealthy_and_the_watchdog_keeps_looking() {
        probeFailure.set(new IllegalStateException("boom"));
        watchdog.start();
        await().until(systemd::received,
                hasItem("STATUS=Unhealthy: the health probe failed: java.lang.IllegalStateException: boom"));

        probeFailure.set(null);

        await().until(() -> systemd.count("WATCHDOG=1"), greaterThanOrEqualTo(1L));
    }
}
