package nl.stapwijs.hardware.serial;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import nl.stapwijs.hardware.DeviceReader;
import nl.stapwijs.hardware.DeviceScanner;
import nl.stapwijs.hardware.HardwareProperties;

/**
 * A scanner on a serial line: a TTL module on the Pi's own UART, or a USB scanner in
 * virtual-COM (CDC) mode. It sends each code followed by a terminator; identical codes in a
 * row are separate scans (packaging has many identical boxes).
 */
public final class SerialScanner extends DeviceScanner {

    private static final Duration RETRY = Duration.ofSeconds(2);


    SerialScanner(DeviceReader.Source source, Terminator terminator, Clock clock, Duration retry) {
        super(source, deliver -> in -> pump(in, new LineSplitter(terminator, clock, deliver)), retry);
    }

    /** Checks what can be checked before the first scan, then starts reading. */
    public static SerialScanner start(HardwareProperties.Serial config, int index, Clock clock) {
        String property = "stapwijs.hardware.serial[" + index + "]";
        if (config.port() == null || config.port().isBlank()) {
            throw new IllegalStateException(property + ".port is missing: set it to /dev/serial0 (the Pi's UART) "
                    + "or the scanner's /dev/serial/by-id/usb-... (see hardware/README.md)");
        }
        if (config.baud() < 1200 || config.baud() > 921_600) {
            throw new IllegalStateException(property + ".baud = " + config.baud() + " is not a serial speed a scanner uses "
                    + "(most use 9600 or 115200)");
        }
        // The Pi's own UART cannot be unplugged: if it is missing, it is switched off, and waiting will not help.
        if (HardwareProperties.isOnBoardUart(config.port()) && !Files.exists(Path.of(config.port()))) {
            throw new IllegalStateException(property + ".port = " + config.port() + " does not exist: switch the UART on "
                    + "(raspi-config, Interface Options, Serial Port: no login shell, hardware port yes) and reboot");
        }
        SerialScanner scanner = new SerialScanner(new ComPort(config.port(), config.baud()), config.terminator(), clock, RETRY);
        scanner.startReading();
        return scanner;
    }

    private static void pump(InputStream in, LineSplitter lines) throws IOException {
        byte[] buffer = new byte[256];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            lines.accept(buffer, read);
        }
    }
}
