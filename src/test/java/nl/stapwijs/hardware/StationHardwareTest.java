package nl.stapwijs.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationPanel.Signal;
import nl.stapwijs.hardware.simulated.SimulatedPanel;
import org.junit.jupiter.api.Test;

class StationHardwareTest {

    private final SimulatedPanel panel = new SimulatedPanel();
    private final StationHardware hardware = new StationHardware("VER-1", panel, List.of(panel), false, true, true);
    private final List<String> runtime = new ArrayList<>();

    StationHardwareTest() {
        hardware.onPressed(Input.COUNT_PEDAL, () -> runtime.add("pedal"));
        hardware.scans().onScan(code -> runtime.add("scan " + code));
    }

    @Test
    void presses_and_scans_reach_the_station_when_no_self_test_is_open() {
        panel.press(Input.COUNT_PEDAL);
        panel.scan("P-1005");

        assertThat(runtime).containsExactly("pedal", "scan P-1005");
    }

    @Test
    void during_a_self_test_presses_and_scans_go_to_the_technician_only() {
        hardware.show(Signal.WORKING);
        List<String> technician = new ArrayList<>();

        try (SelfTest test = hardware.startSelfTest()) {
            test.onPressed(input -> technician.add(input.name()));
            test.onScan(code -> technician.add(code));
            panel.press(Input.COUNT_PEDAL);
            panel.scan("P-1005");
            hardware.show(Signal.HELP_WAITING);

            assertThat(panel.isOn(Output.GREEN)).isFalse();
            assertThat(panel.isOn(Output.YELLOW)).isFalse();
        }

        assertThat(technician).containsExactly("COUNT_PEDAL", "P-1005");
        assertThat(runtime).isEmpty();
        assertThat(panel.light()).isEqualTo(Signal.HELP_WAITING);
        panel.press(Input.COUNT_PEDAL);
        assertThat(runtime).containsExactly("pedal");
    }

    @Test
    void a_second_technician_takes_over_the_self_test_from_the_first() {
        SelfTest first = hardware.startSelfTest();
        SelfTest second = hardware.startSelfTest();

        assertThat(first.isOpen()).isFalse();
        first.switchOutput(Output.RED, true);
        assertThat(panel.isOn(Output.RED)).isFalse();
        second.switchOutput(Output.RED, true);
        assertThat(panel.isOn(Output.RED)).isTrue();
        second.close();
    }

    @Test
    void a_light_switched_off_stays_dark_and_shows_the_current_signal_when_switched_on_again() {
        hardware.show(Signal.WORKING);
        hardware.switchLight(false);
        assertThat(panel.light()).isEqualTo(Signal.IDLE);

        hardware.show(Signal.HELP_WAITING);
        assertThat(panel.light()).isEqualTo(Signal.IDLE);

        hardware.switchLight(true);
        assertThat(panel.light()).isEqualTo(Signal.HELP_WAITING);
    }

    @Test
    void a_buzzer_switched_off_beeps_for_nothing_while_the_light_still_follows_the_station() {
        hardware.switchBuzzer(false);

        hardware.show(Signal.WORKING);
        hardware.show(Signal.REFUSED);

        assertThat(panel.lastSignal()).isEqualTo(Signal.WORKING);
    }
}
