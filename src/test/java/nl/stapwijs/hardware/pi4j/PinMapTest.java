package nl.stapwijs.hardware.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stapwijs.hardware.HardwareSettings;
import org.junit.jupiter.api.Test;

/** hardware/pinmap.md is what a technician wires by; the defaults in the code must say the same. */
class PinMapTest {

    /** A table row: | Part | `stapwijs.hardware.gpio.…` | BCM | physical pin | how |. */
    private static final Pattern ROW = Pattern.compile(
            "^\\|[^|]+\\|\\s*`(stapwijs\\.hardware\\.gpio\\.[a-z.]+)`\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|", Pattern.MULTILINE);

    @Test
    void the_default_pins_and_the_pin_map_agree_on_every_part() throws IOException {
        String pinMap = Files.readString(Path.of("hardware/pinmap.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(pinMap);
        while (row.find()) {
            documented.put(row.group(1), "GPIO " + row.group(2) + " on pin " + row.group(3));
        }

        Map<String, String> configured = new TreeMap<>();
        for (Wire wire : PinPlan.wires(HardwareSettings.defaults().gpio(), false)) {
            configured.put(wire.property(), "GPIO " + wire.bcm() + " on pin " + PinPlan.physicalPin(wire.bcm()));
        }

        assertThat(documented).hasSize(7).isEqualTo(configured);
    }
}
