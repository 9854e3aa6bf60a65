package nl.stapwijs.base.systemd;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.DatagramPacket;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsclub.net.unix.AFUNIXDatagramSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * Plays systemd's side of the notify protocol: a datagram socket that the test binds itself
 * and that keeps every message it receives.
 */
final class FakeNotifySocket implements AutoCloseable {

    private final AFUNIXDatagramSocket socket;
    private final String notifySocket;
    private final List<String> received = new CopyOnWriteArrayList<>();

    private FakeNotifySocket(AFUNIXSocketAddress address, String notifySocket) throws IOException {
        this.socket = AFUNIXDatagramSocket.newInstance();
        this.socket.bind(address);
        this.notifySocket = notifySocket;
        Thread.ofPlatform().daemon().name("fake-systemd").start(this::receive);
    }

    static FakeNotifySocket bindAt(Path file) throws IOException {
        return new FakeNotifySocket(AFUNIXSocketAddress.of(file), file.toString());
    }

    static FakeNotifySocket bindInAbstractNamespace() throws IOException {
        String name = "stapwijs-test-" + UUID.randomUUID();
        return new FakeNotifySocket(AFUNIXSocketAddress.inAbstractNamespace(name), "@" + name);
    }

    /** What systemd would put in NOTIFY_SOCKET for this socket. */
    String notifySocket() {
        return notifySocket;
    }

    /** Every message so far, oldest first. */
    List<String> received() {
        return List.copyOf(received);
    }

    /** How many messages so far had this line, e.g. "WATCHDOG=1". */
    long count(String line) {
        return received.stream().filter(message -> message.lines().anyMatch(line::equals)).count();
    }

    private void receive() {
        byte[] buffer = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (IOException closed) {
                return;
            }
            received.add(new String(packet.getData(), 0, packet.getLength(), UTF_8));
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
