package nl.stapwijs.hardware;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a scanner on its own thread and keeps reading it: a USB scanner can be unplugged
 * and plugged in again, a cable can work loose. When the device fails or goes away the
 * reader says so in the log once, waits, and opens it again.
 */
public final class DeviceReader implements AutoCloseable {

    /** Where the bytes come from: a serial port, an input device, a helper process. */
    public interface Source {
        InputStream open() throws IOException;

        /** For the log and the self-test screen, e.g. the device path. */
        String name();
    }

    /** Reads from an opened source until it ends (returns) or fails (throws). */
    @FunctionalInterface
    public interface Pump {
        void pump(InputStream in) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeviceReader.class);

    private final Source source;
    private final Pump pump;
    private final Duration retry;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean connected;
    private volatile InputStream current;
    private Thread thread;

    public DeviceReader(Source source, Pump pump, Duration retry) {
        this.source = source;
        this.pump = pump;
        this.retry = retry;
    }

    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("scanner " + source.name()).start(this::run);
        }
    }

    public String name() {
        return source.name();
    }

    public boolean connected() {
        return connected;
    }

    @Override
    public void close() {
        stopped.countDown();
        InputStream in = current;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                LOG.debug("Closing {} failed", source.name(), e);
            }
        }
    }

    private void run() {
        boolean warned = false;
        while (stopped.getCount() > 0) {
            try (InputStream in = source.open()) {
                current = in;
                connected = true;
                if (warned) {
                    LOG.info("Scanner {} is back", source.name());
                }
                warned = false;
                pump.pump(in);
                if (stopped.getCount() > 0) {
                    LOG.warn("Scanner {} went away; trying again every {} s", source.name(), retry.toSeconds());
                    warned = true;
                }
            } catch (IOException | RuntimeException e) {
                if (!warned && stopped.getCount() > 0) {
                    LOG.warn("Scanner {} stopped: {}; trying again every {} s", source.name(), e.toString(),
                            retry.toSeconds());
                    warned = true;
                }
            } finally {
                connected = false;
                current = null;
            }
            if (awaitStop()) {
                return;
            }
        }
    }

    private boolean awaitStop() {
        try {
            return stopped.await(retry.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
