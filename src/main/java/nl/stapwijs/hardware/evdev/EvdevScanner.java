package nl.stapwijs.hardware.evdev;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.hardware.DeviceReader;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.ScanSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A USB scanner in keyboard mode (HID), read straight from Linux evdev instead of through
 * the browser: it works without any field having focus, and with a grab the browser never
 * sees its keys. Each Enter ends one code; identical codes in a row are separate scans.
 */
public final class EvdevScanner implements ScanSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EvdevScanner.class);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final Listeners<String> scans = new Listeners<>();
    private final DeviceReader reader;

    EvdevScanner(DeviceReader.Source source, KeyboardLayout layout, int eventSize, Duration retry) {
        this.reader = new DeviceReader(source, in -> pump(in, new KeyTyping(layout, this::deliver), eventSize), retry);
    }

    /** Checks what can be checked before the first key press, then starts reading. */
    public static EvdevScanner start(HardwareProperties.Evdev config, int index) {
        if (config.device() == null || config.device().toString().isBlank()) {
            throw new IllegalStateException("stapwijs.hardware.evdev[" + index + "].device is missing: set it to the "
                    + "scanner's /dev/input/by-id/usb-...-event-kbd (see hardware/README.md)");
        }
        DeviceReader.Source source;
        if (config.grab()) {
            GrabbedDevice.checkPython("python3");
            source = new GrabbedDevice(config.device(), "python3");
        } else {
            source = new SharedDevice(config.device());
        }
        EvdevScanner scanner = new EvdevScanner(source, config.layout(), InputEvent.sizeHere(), RETRY);
        scanner.reader.start();
        return scanner;
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

    void startReading() {
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

    private static void pump(InputStream in, KeyTyping typing, int eventSize) throws IOException {
        for (InputEvent event = InputEvent.read(in, eventSize); event != null; event = InputEvent.read(in, eventSize)) {
            typing.accept(event);
        }
    }
}
