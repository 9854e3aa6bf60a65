package nl.stapwijs.base.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.env.MockEnvironment;

class SystemdNotifierTest {

    private FakeNotifySocket systemd;
    private MockEnvironment environment;

    @BeforeEach
    void bind() throws IOException {
        systemd = FakeNotifySocket.bindInAbstractNamespace();
        environment = new MockEnvironment()
                .withProperty("NOTIFY_SOCKET", systemd.notifySocket())
                .withProperty("local.server.port", "8080")
                .withProperty("server.address", "127.0.0.1");
    }

    @AfterEach
    void unbind() throws IOException {
        systemd.close();
    }

    @Test
    void ready_is_said_once_on_accepting_traffic_and_stopping_on_shutdown() throws IOException {
        SystemdNotifier notifier = new SystemdNotifier(environment);

        notifier.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        notifier.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        notifier.onShutdown();

        await().until(systemd::received, contains(
                "READY=1\nSTATUS=Ready, http://127.0.0.1:8080/health/ready",
                "STOPPING=1"));
    }

    @Test
    void the_watchdog_is_fed_at_half_the_interval_systemd_asked_for() {
        environment.setProperty("WATCHDOG_USEC", "60000000");

        assertThat(new SystemdNotifier(environment).watchdogInterval()).contains(Duration.ofSeconds(30));
    }

    @Test
    void a_watchdog_meant_for_another_process_is_left_alone() {
        environment.setProperty("WATCHDOG_USEC", "60000000");
        environment.setProperty("WATCHDOG_PID", String.valueOf(ProcessHandle.current().pid() + 1));

        assertThat(new SystemdNotifier(environment).watchdogInterval()).isEmpty();
    }

    @Test
    void without_a_watchdog_setting_there_is_no_watchdog() {
        assertThat(new SystemdNotifier(environment).watchdogInterval()).isEmpty();
    }

    @Test
    void without_notify_socket_nothing_is_sent_and_no_watchdog_runs() throws IOException {
        MockEnvironment laptop = new MockEnvironment()
                .withProperty("local.server.port", "8080")
                .withProperty("WATCHDOG_USEC", "60000000");
        SystemdNotifier notifier = new SystemdNotifier(laptop);

        notifier.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        notifier.onShutdown();

        assertThat(notifier.watchdogInterval()).isEmpty();
        assertThat(systemd.received()).isEmpty();
    }
}
