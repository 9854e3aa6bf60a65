package nl.stapwijs.hardware.evdev;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import nl.stapwijs.hardware.DeviceReader;
import nl.stapwijs.hardware.DeviceScanner;
import nl.stapwijs.hardware.HardwareProperties;

/**
 * A USB scanner in keyboard mode (HID), read straight from Linux evdev instead of through
 * the browser: it works without any field having focus, and with a grab the browser never
 * sees its keys. Each Enter ends one code; identical codes in a row are separate scans.
 */
public final class EvdevScanner extends DeviceScanner {

    private static final Duration RETRY = Duration.ofSeconds(2);


    EvdevScanner(DeviceReader.Source source, KeyboardLayout layout, int eventSize, Duration retry) {
        super(source, deliver -> in -> pump(in, new KeyTyping(layout, deliver), eventSize), retry);
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
        scanner.startReading();
        return scanner;
    }

    private static void pump(InputStream in, KeyTyping typing, int eventSize) throws IOException {
        for (InputEvent event = InputEvent.read(in, eventSize); event != null; event = InputEvent.read(in, eventSize)) {
            typing.accept(event);
        }
    }
}
