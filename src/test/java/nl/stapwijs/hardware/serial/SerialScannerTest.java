package nl.stapwijs.hardware.serial;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.stapwijs.hardware.ChunkedStream;
import nl.stapwijs.hardware.DeviceReader;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.HardwareSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SerialScannerTest {

    @Test
    void codes_from_the_port_reach_every_listener_and_a_replugged_scanner_is_read_again() {
        Deque<InputStream> plugIns = new ArrayDeque<>(List.of(
                new ChunkedStream(List.of("P-10".getBytes(UTF_8), "05\r".getBytes(UTF_8))),
                new ChunkedStream(List.of("2000000000015\r2000000000015\r".getBytes(UTF_8)))));
        List<String> scans = new CopyOnWriteArrayList<>();

        try (SerialScanner scanner = new SerialScanner(source(plugIns), Terminator.CR, Clock.systemUTC(), Duration.ofMillis(10))) {
            scanner.onScan(scans::add);
            scanner.startReading();

            await().atMost(Duration.ofSeconds(5)).until(() -> scans.size() == 3);
        }

        assertThat(scans).containsExactly("P-1005", "2000000000015", "2000000000015");
    }

    @Test
    void a_listener_that_fails_does_not_stop_the_scanner() {
        Deque<InputStream> plugIns = new ArrayDeque<>(List.of(
                new ChunkedStream(List.of("BAD\rGOOD\r".getBytes(UTF_8)))));
        List<String> scans = new CopyOnWriteArrayList<>();

        try (SerialScanner scanner = new SerialScanner(source(plugIns), Terminator.CR, Clock.systemUTC(), Duration.ofMillis(10))) {
            scanner.onScan(code -> {
                if (code.equals("BAD")) {
                    throw new IllegalStateException("database is locked");
                }
                scans.add(code);
            });
            scanner.startReading();

            await().atMost(Duration.ofSeconds(5)).until(() -> scans.contains("GOOD"));
        }
    }

    @Test
    void a_serial_scanner_without_a_port_stops_the_start_naming_the_setting() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.serial[0].baud", "9600"));

        assertThatThrownBy(() -> SerialScanner.start(settings.serial().get(0), 0, Clock.systemUTC()))
                .hasMessageStartingWith("stapwijs.hardware.serial[0].port is missing");
    }

    @Test
    void a_switched_off_uart_stops_the_start_with_how_to_switch_it_on() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.serial[0].port", "/dev/ttyAMA9"));

        assertThatThrownBy(() -> SerialScanner.start(settings.serial().get(0), 0, Clock.systemUTC()))
                .hasMessageContaining("/dev/ttyAMA9 does not exist: switch the UART on");
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
                return "test port";
            }
        };
    }
}
