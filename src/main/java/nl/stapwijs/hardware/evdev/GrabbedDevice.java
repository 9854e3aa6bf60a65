package nl.stapwijs.hardware.evdev;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.stapwijs.hardware.DeviceReader;

/**
 * An input device held with an exclusive grab (EVIOCGRAB), so its key presses reach
 * Stapwijs and nothing else: no browser field needs focus and the kiosk never sees a stray
 * Enter.
 *
 * <p>The grab is an ioctl on the file descriptor that reads the device, and the grab ends with
 * that descriptor. Java 21 cannot make that call without a native library (the FFM API is final
 * only from Java 22, and a Pi station may run 21), so a ten-line Python script (grab.py, next to
 * this class) opens the device, grabs it and copies the raw input_event structs to its standard
 * output, which this class reads. Python 3 is part of Raspberry Pi OS; the script needs nothing
 * beyond its standard library. When Stapwijs stops, the pipe closes, the script ends and the
 * kernel releases the grab.
 */
final class GrabbedDevice implements DeviceReader.Source {

    private final Path device;
    private final String python;

    GrabbedDevice(Path device, String python) {
        this.device = device;
        this.python = python;
    }

    /** Fails at start-up, naming what is missing, when the station cannot grab devices at all. */
    static void checkPython(String python) {
        try {
            Process version = new ProcessBuilder(python, "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            if (version.waitFor() != 0) {
                throw new IllegalStateException(python + " --version failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Grabbing a USB scanner needs " + python + " (apt-get install python3-minimal), "
                    + "or set stapwijs.hardware.evdev[..].grab=false and hide the scanner with the udev rule in hardware/README.md", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking for " + python, e);
        }
    }

    @Override
    public InputStream open() throws IOException {
        String script = script();
        Process process = new ProcessBuilder(python, "-c", script, device.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new FilterInputStream(process.getInputStream()) {
            @Override
            public void close() throws IOException {
                process.destroy();
                super.close();
            }
        };
    }

    @Override
    public String name() {
        return device + " (grabbed)";
    }

    private static String script() {
        try (InputStream in = GrabbedDevice.class.getResourceAsStream("grab.py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
