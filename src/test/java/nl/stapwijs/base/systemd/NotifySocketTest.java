package nl.stapwijs.base.systemd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifySocketTest {

    @Test
    void a_message_reaches_a_notify_socket_given_as_a_path(@TempDir Path dir) throws IOException {
        try (FakeNotifySocket systemd = FakeNotifySocket.bindAt(dir.resolve("notify"));
                NotifySocket socket = NotifySocket.open(systemd.notifySocket())) {

            socket.send("READY=1\nSTATUS=Ready");

            await().until(systemd::received, contains("READY=1\nSTATUS=Ready"));
        }
    }

    @Test
    void a_message_reaches_a_notify_socket_in_the_abstract_namespace() throws IOException {
        try (FakeNotifySocket systemd = FakeNotifySocket.bindInAbstractNamespace();
                NotifySocket socket = NotifySocket.open(systemd.notifySocket())) {

            socket.send("WATCHDOG=1");

            await().until(systemd::received, contains("WATCHDOG=1"));
        }
    }

    @Test
    void a_virtual_machine_socket_address_is_refused_with_its_name() {
        assertThatThrownBy(() -> NotifySocket.open("vsock:2:1234"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("vsock:2:1234");
    }
}
