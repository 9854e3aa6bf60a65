package nl.stapwijs.hardware.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.stapwijs.hardware.DeviceReader;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.HardwareSettings;
import org.junit.jupiter.api.Test;

class EvdevScannerTest {

    private static final int ONE = 2, TWO = 3;

    @Test
    void a_scanner_that_is_unplugged_and_plugged_in_again_keeps_delivering_codes() {
        Deque<InputStream> plugIns = new ArrayDeque<>(List.of(
                new ByteArrayInputStream(new Recording(0).tap(ONE, Recording.KEY_ENTER).bytes(24)),
                new ByteArrayInputStream(new Recording(9_000).tap(TWO, Recording.KEY_ENTER).bytes(24))));
        List<String> scans = new CopyOnWriteArrayList<>();

        try (EvdevScanner scanner = new EvdevScanner(source(plugIns), KeyboardLayout.US, 24, Duration.ofMillis(10))) {
            scanner.onScan(scans::add);
            scanner.startReading();

            await().atMost(Duration.ofSeconds(5)).until(() -> scans.size() == 2);
        }

        assertThat(scans).containsExactly("1", "2");
    }

    @Test
    void an_evdev_scanner_without_a_device_stops_the_start_naming_the_setting() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.evdev[0].layout", "DE"));

        assertThatThrownBy(() -> EvdevScanner.start(settings.evdev().get(0), 0))
                .hasMessageStartingWith("stapwijs.hardware.evdev[0].device is missing");
    }

    @Test
    void grabbing_without_python_stops_the_start_saying_what_to_install() {
        assertThatThrownBy(() -> GrabbedDevice.checkPython("python3-that-is-not-installed"))
                .hasMessageContaining("apt-get install python3-minimal");
    }

    private static DeviceReader.Source source(Deque<InputStream> plugIns) {
        return new DeviceReader.Source() {
            @Override
            public InputStream open() throws IOException {
                InputStream next = plugIns.poll();
                if (next == null) {
                    throw new IOException("unplugged");
                }
                return next;
            }

            @Override
            public String name() {
                return "test keyboard";
            }
        };
    }
}
