package nl.stapwijs.hardware.evdev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stapwijs.hardware.DeviceReader;

/**
 * An input device read without a grab: every other program that reads keyboards sees the
 * scanner's key presses too. Use it only where the desktop ignores the scanner already, e.g.
 * with the udev rule in hardware/README.md (LIBINPUT_IGNORE_DEVICE), or for a test bench.
 */
final class SharedDevice implements DeviceReader.Source {

    private final Path device;

    SharedDevice(Path device) {
        this.device = device;
    }

    @Override
    public InputStream open() throws IOException {
        return Files.newInputStream(device);
    }

    @Override
    public String name() {
        return device.toString();
    }
}
