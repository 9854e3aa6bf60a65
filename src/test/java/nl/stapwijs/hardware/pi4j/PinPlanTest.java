package nl.stapwijs.hardware.pi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.stapwijs.TestClock;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.HardwareSettings;
import org.junit.jupiter.api.Test;

class PinPlanTest {

    @Test
    void the_default_pins_are_seven_different_gpios_of_the_header() {
        assertThat(PinPlan.wires(HardwareSettings.defaults().gpio(), true))
                .extracting(Wire::bcm).containsExactly(17, 27, 22, 5, 6, 13, 19);
    }

    @Test
    void a_missing_pin_stops_the_start_naming_the_setting_and_the_part() {
        HardwareProperties.Gpio defaults = HardwareSettings.defaults().gpio();
        HardwareProperties.Gpio gpio = new HardwareProperties.Gpio(true, null, defaults.help(),
                new HardwareProperties.Pedal(true, null, true, Duration.ofMillis(50)), defaults.barrier(), defaults.light(),
                defaults.buzzer());

        assertThatThrownBy(() -> PinPlan.wires(gpio, false))
                .hasMessageStartingWith("stapwijs.hardware.gpio.pedal.pin is missing")
                .hasMessageContaining("foot pedal")
                .hasMessageContaining("stapwijs.hardware.gpio.pedal.enabled=false");
    }

    @Test
    void a_pin_that_is_not_on_the_header_is_refused() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.gpio.light.red", "40"));

        assertThatThrownBy(() -> PinPlan.wires(settings.gpio(), false))
                .hasMessageStartingWith("stapwijs.hardware.gpio.light.red = 40 (red lamp) is not a usable GPIO");
    }

    @Test
    void the_id_eeprom_pins_are_refused() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.gpio.buzzer.pin", "0"));

        assertThatThrownBy(() -> PinPlan.wires(settings.gpio(), false)).hasMessageContaining("buzzer.pin = 0");
    }

    @Test
    void two_parts_on_one_pin_are_refused_naming_both() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.gpio.buzzer.pin", "17"));

        assertThatThrownBy(() -> PinPlan.wires(settings.gpio(), false))
                .hasMessage("stapwijs.hardware.gpio.help.pin and stapwijs.hardware.gpio.buzzer.pin are both GPIO 17: "
                        + "the help button and the buzzer need a pin each (see hardware/pinmap.md)");
    }

    @Test
    void the_uart_pins_are_refused_while_a_serial_scanner_uses_the_uart() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.gpio.pedal.pin", "15"));

        assertThat(PinPlan.wires(settings.gpio(), false)).extracting(Wire::bcm).contains(15);
        assertThatThrownBy(() -> PinPlan.wires(settings.gpio(), true))
                .hasMessageContaining("pedal.pin = 15 (foot pedal) is a pin of the UART");
    }

    @Test
    void a_pin_that_pi4j_cannot_claim_is_named_with_its_physical_pin() {
        try (MockGpio gpio = new MockGpio()) {
            gpio.pi4j.create(com.pi4j.io.gpio.digital.DigitalInput.newConfigBuilder(gpio.pi4j)
                    .id("foot-pedal").address(4));

            assertThatThrownBy(() -> Pi4jPanel.build(gpio.pi4j, HardwareSettings.defaults().gpio(), false,
                    new TestClock(Instant.EPOCH)))
                    .hasMessageStartingWith("stapwijs.hardware.gpio.pedal.pin = 27 (physical pin 13, foot pedal) cannot be used");
        }
    }
}
