package nl.stapwijs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.barcode.ScanReading;
import nl.stapwijs.hardware.evdev.FuzzableEvdev;
import nl.stapwijs.hardware.serial.FuzzableSerial;

/**
 * Raw bytes as a serial scanner or a USB keyboard scanner could deliver them (garbage, cut
 * lines, wrong layouts, auto-repeat): the readers never throw, and every code they hand on is
 * something the station can check.
 */
class DeviceBytesFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void serial_and_evdev_readers_survive_any_bytes(FuzzedDataProvider data) {
        boolean serial = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        List<String> codes = new ArrayList<>();

        try {
            if (serial) {
                FuzzableSerial.split(new ByteArrayInputStream(bytes), codes::add);
            } else {
                FuzzableEvdev.type(new ByteArrayInputStream(bytes), codes::add);
            }
        } catch (IOException cutShort) {
            // A device that ends in the middle of an event is an unplugged scanner: the reader
            // reconnects on an IOException. Only an unchecked exception would stop it, and fails here.
        }

        assertThat(codes).allSatisfy(code -> assertThat(ScanReading.of(code)).isNotNull());
    }
}
