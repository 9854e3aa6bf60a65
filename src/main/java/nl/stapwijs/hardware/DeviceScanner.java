package nl.stapwijs.hardware;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scanner that is a device delivering bytes (a serial port, an input device): a
 * {@link DeviceReader} that reconnects when it is unplugged, and the scan listeners. The
 * kinds differ only in how bytes become codes.
 */
public abstract class DeviceScanner implements ScanSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceScanner.class);

    private final Listeners<String> scans = new Listeners<>();
    private final DeviceReader reader;

    /** @param pump turns the bytes of an opened source into codes, handing each to the consumer it is given */
    protected DeviceScanner(DeviceReader.Source source, Function<Consumer<String>, DeviceReader.Pump> pump,
            Duration retry) {
        DeviceReader.Pump codes = pump.apply(this::deliver);
        this.reader = new DeviceReader(source, codes, retry);
    }

    @Override
    public Subscription onScan(Consumer<String> listener) {
        return scans.add(listener);
    }

    public String name() {
        return reader.name();
    }

    public boolean connected() {
        return reader.connected();
    }

    @Override
    public void close() {
        reader.close();
    }

    public void startReading() {
        reader.start();
    }

    /** A scan the station could not handle (the database, say) must not stop the scanner. */
    private void deliver(String code) {
        try {
            scans.fire(code);
        } catch (RuntimeException e) {
            LOG.error("A scan from {} was lost: the station could not handle it", reader.name(), e);
        }
    }
}
