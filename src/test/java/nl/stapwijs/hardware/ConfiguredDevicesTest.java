package nl.stapwijs.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationPanel.Signal;
import nl.stapwijs.hardware.simulated.SimulatedPanel;
import org.junit.jupiter.api.Test;

class ConfiguredDevicesTest {

    @Test
    void real_hardware_without_a_station_code_stops_the_start_saying_what_to_set() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.enabled", "true"));

        assertThatThrownBy(() -> ConfiguredDevices.start(settings, null, Clock.systemUTC()))
                .hasMessageStartingWith("stapwijs.hardware.station is missing");
    }

    @Test
    void a_station_without_a_wired_panel_keeps_a_simulated_one_and_has_no_scanner() {
        HardwareProperties settings = HardwareSettings.of(Map.of("stapwijs.hardware.enabled", "true",
                "stapwijs.hardware.station", "VER-1", "stapwijs.hardware.gpio.enabled", "false"));
        List<Input> presses = new ArrayList<>();

        try (ConfiguredDevices devices = ConfiguredDevices.start(settings, null, Clock.systemUTC())) {
            devices.panel("VER-1").onPressed(Input.HELP, () -> presses.add(Input.HELP));
            devices.simulatedPanel("VER-2").orElseThrow().press(Input.HELP);

            assertThat(presses).isEmpty();
            assertThat(devices.simulatedPanel("VER-1")).isEmpty();
            assertThat(devices.hasScanner("VER-1")).isFalse();
            assertThat(devices.simulatedPanel("VER-2")).isPresent();
        }
    }

    @Test
    void the_light_and_buzzer_of_a_station_can_be_switched_off_in_the_settings() {
        HardwareProperties settings = HardwareSettings.of(Map.of(
                "stapwijs.hardware.signals.VER-1.buzzer", "false",
                "stapwijs.hardware.signals[GRO-2].light", "false"));
        SimulatedPanel panel = new SimulatedPanel();

        StationHardware ver1 = new StationHardware("VER-1", panel, List.of(), false,
                settings.switchesOf("VER-1").light(), settings.switchesOf("VER-1").buzzer());
        ver1.show(Signal.WORKING);
        ver1.show(Signal.CONFIRMED);

        assertThat(panel.light()).isEqualTo(Signal.WORKING);
        assertThat(panel.lastSignal()).isEqualTo(Signal.WORKING);
        assertThat(settings.switchesOf("GRO-2").light()).isFalse();
        assertThat(settings.switchesOf("GRO-2").buzzer()).isTrue();
        assertThat(settings.switchesOf("MON-1")).isEqualTo(new HardwareProperties.Switches(true, true));
    }
}
