package nl.stapwijs.base.systemd;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * The socket systemd names in {@code NOTIFY_SOCKET} (sd_notify(3)): an AF_UNIX datagram
 * socket, either a path or, when the name starts with '@', in Linux's abstract namespace.
 *
 * <p>Why junixsocket: the JDK's own Unix-domain sockets (JEP 380) are stream sockets only,
 * so they cannot talk to this datagram socket. The FFM API could call sendto(2) directly, but
 * it is final only from Java 22, while Stapwijs compiles for Java 21 and a Pi station may run
 * a 21. Running {@code systemd-notify} per message was rejected too: systemd attributes a
 * message to a service by the sending process, a short-lived child can be gone before systemd
 * looks (systemd-notify(1) warns about this), and it would mean a fork at every watchdog tick. junixsocket handles both kinds of address and ships its native part for linux-aarch64
 * (the Pi) and x86-64; like sqlite-jdbc it unpacks that into {@code java.io.tmpdir}, which is
 * why the service points tmpdir at a folder that allows executables.
 */
final class NotifySocket implements AutoCloseable {

    private final AFUNIXDatagramChannel channel;
    private final AFUNIXSocketAddress address;

    private NotifySocket(AFUNIXDatagramChannel channel, AFUNIXSocketAddress address) {
        this.channel = channel;
        this.address = address;
    }

    /** @param notifySocket the value of NOTIFY_SOCKET, a path or "@" plus an abstract name */
    static NotifySocket open(String notifySocket) throws IOException {
        return new NotifySocket(AFUNIXDatagramChannel.open(), address(notifySocket));
    }

    static AFUNIXSocketAddress address(String notifySocket) throws IOException {
        if (notifySocket.startsWith("@")) {
            return AFUNIXSocketAddress.inAbstractNamespace(notifySocket.substring(1));
        }
        if (!notifySocket.startsWith("/")) {
            // sd_notify(3) also knows vsock: addresses, which only virtual machines use.
            throw new IOException("Unsupported NOTIFY_SOCKET address: " + notifySocket);
        }
        return AFUNIXSocketAddress.of(Path.of(notifySocket));
    }

    /** Sends one message of newline-separated assignments, e.g. "READY=1\nSTATUS=Ready". */
    void send(String message) throws IOException {
        channel.send(ByteBuffer.wrap(message.getBytes(UTF_8)), address);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
