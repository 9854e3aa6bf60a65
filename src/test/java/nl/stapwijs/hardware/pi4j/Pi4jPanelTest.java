package nl.stapwijs.hardware.pi4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.pi4j.io.gpio.digital.DigitalState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.stapwijs.TestClock;
import nl.stapwijs.hardware.HardwareProperties;
import nl.stapwijs.hardware.HardwareSettings;
import nl.stapwijs.hardware.Output;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationPanel.Signal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Pi4jPanelTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-17T09:00:00Z"));
    private final MockGpio gpio = new MockGpio();
    private final List<Input> presses = new CopyOnWriteArrayList<>();
    private Pi4jPanel panel;

    @AfterEach
    void shutDown() {
        if (panel != null) {
            panel.close();
        }
        gpio.close();
    }

    @Test
    void a_bouncing_help_button_press_is_one_help_press() {
        panel = build(Map.of());
        restAllInputs();

        gpio.close("help-button");
        gpio.open("help-button");
        gpio.close("help-button");
        clock.advance(Duration.ofMillis(300));
        gpio.open("help-button");

        assertThat(presses).containsExactly(Input.HELP);
    }

    @Test
    void each_pedal_press_is_one_count_press() {
        panel = build(Map.of());
        restAllInputs();

        for (int i = 0; i < 3; i++) {
            gpio.close("foot-pedal");
            clock.advance(Duration.ofMillis(150));
            gpio.open("foot-pedal");
            clock.advance(Duration.ofMillis(200));
        }

        assertThat(presses).containsExactly(Input.COUNT_PEDAL, Input.COUNT_PEDAL, Input.COUNT_PEDAL);
    }

    @Test
    void a_box_that_breaks_the_beam_twice_within_the_gap_counts_once_and_the_next_box_counts_again() {
        panel = build(Map.of("stapwijs.hardware.gpio.barrier.minimum-gap", "400ms"));
        restAllInputs();

        gpio.close("light-barrier");
        clock.advance(Duration.ofMillis(100));
        gpio.open("light-barrier");
        clock.advance(Duration.ofMillis(50));
        gpio.close("light-barrier");
        clock.advance(Duration.ofMillis(100));
        gpio.open("light-barrier");
        clock.advance(Duration.ofMillis(600));
        gpio.close("light-barrier");

        assertThat(presses).containsExactly(Input.COUNT_BARRIER, Input.COUNT_BARRIER);
    }

    @Test
    void the_self_test_sees_the_raw_level_of_each_input_before_debounce() {
        panel = build(Map.of());
        restAllInputs();
        List<String> levels = new CopyOnWriteArrayList<>();
        panel.onLevel((input, active) -> levels.add(input + "=" + active));

        gpio.close("help-button");
        gpio.open("help-button");
        gpio.close("help-button");

        assertThat(levels).containsExactly("HELP=true", "HELP=false", "HELP=true");
        assertThat(presses).containsExactly(Input.HELP);
    }

    @Test
    void working_lights_green_downtime_red_and_idle_nothing() {
        panel = build(Map.of());

        panel.show(Signal.WORKING);
        assertThat(lamps()).containsExactly(true, false, false);

        panel.show(Signal.DOWNTIME);
        assertThat(lamps()).containsExactly(false, false, true);

        panel.show(Signal.IDLE);
        assertThat(lamps()).containsExactly(false, false, false);
    }

    @Test
    void help_waiting_blinks_yellow_and_working_ends_it_with_yellow_off() {
        panel = build(Map.of("stapwijs.hardware.gpio.light.blink", "170ms"));
        List<DigitalState> yellow = transitions("lamp-yellow");

        panel.show(Signal.HELP_WAITING);
        await().atMost(Duration.ofSeconds(3)).until(() -> yellow.size() >= 4);
        panel.show(Signal.WORKING);

        assertThat(yellow).startsWith(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH);
        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3))
                .until(() -> gpio.output("lamp-yellow").isLow() && gpio.output("lamp-green").isHigh());
    }

    @Test
    void a_light_that_would_flash_faster_than_three_times_a_second_is_refused() {
        assertThatThrownBy(() -> build(Map.of("stapwijs.hardware.gpio.light.blink", "100ms")))
                .hasMessageStartingWith("stapwijs.hardware.gpio.light.blink = 100ms flashes faster than 3 times a second");
    }

    @Test
    void a_confirmed_unit_is_one_beep_and_a_refusal_two() {
        panel = build(Map.of("stapwijs.hardware.gpio.buzzer.short-beep", "20ms",
                "stapwijs.hardware.gpio.buzzer.long-beep", "40ms", "stapwijs.hardware.gpio.buzzer.pause", "20ms"));
        List<DigitalState> buzzer = transitions("buzzer");

        panel.show(Signal.CONFIRMED);
        await().atMost(Duration.ofSeconds(2)).until(() -> buzzer.size() == 2);
        assertThat(buzzer).containsExactly(DigitalState.HIGH, DigitalState.LOW);

        buzzer.clear();
        panel.show(Signal.REFUSED);
        await().atMost(Duration.ofSeconds(2)).until(() -> buzzer.size() == 4);
        assertThat(buzzer).containsExactly(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH, DigitalState.LOW);
        assertThat(gpio.high("buzzer")).isFalse();
    }

    @Test
    void the_stack_light_signals_can_be_configured() {
        panel = build(Map.of("stapwijs.hardware.gpio.light.downtime", "YELLOW",
                "stapwijs.hardware.gpio.light.working", "OFF"));

        panel.show(Signal.DOWNTIME);
        assertThat(lamps()).containsExactly(false, true, false);

        panel.show(Signal.WORKING);
        assertThat(lamps()).containsExactly(false, false, false);
    }

    @Test
    void a_relay_board_that_switches_on_low_starts_off_and_is_driven_low_for_on() {
        panel = build(Map.of("stapwijs.hardware.gpio.light.active-low", "true"));

        assertThat(gpio.high("lamp-green")).isTrue();
        panel.show(Signal.WORKING);

        assertThat(gpio.high("lamp-green")).isFalse();
        assertThat(panel.isOn(Output.GREEN)).isTrue();
        assertThat(gpio.high("lamp-red")).isTrue();
    }

    @Test
    void the_self_test_switches_each_output_on_its_own() {
        panel = build(Map.of());

        for (Output output : Output.values()) {
            panel.switchOutput(output, true);
        }

        assertThat(panel.outputs()).containsExactlyInAnyOrder(Output.values());
        assertThat(List.of(gpio.high("lamp-green"), gpio.high("lamp-yellow"), gpio.high("lamp-red"), gpio.high("buzzer")))
                .containsOnly(true);
        panel.switchOutput(Output.YELLOW, false);
        assertThat(gpio.high("lamp-yellow")).isFalse();
    }

    @Test
    void a_part_that_is_not_fitted_is_left_out_and_its_pin_is_not_claimed() {
        panel = build(Map.of("stapwijs.hardware.gpio.barrier.enabled", "false",
                "stapwijs.hardware.gpio.buzzer.enabled", "false"));

        panel.onPressed(Input.COUNT_BARRIER, () -> presses.add(Input.COUNT_BARRIER)).cancel();
        panel.show(Signal.CONFIRMED);

        assertThat(panel.inputs()).containsExactlyInAnyOrder(Input.HELP, Input.COUNT_PEDAL);
        assertThat(panel.outputs()).doesNotContain(Output.BUZZER);
        assertThat(gpio.pi4j.registry().exists("light-barrier")).isFalse();
    }

    @Test
    void closing_the_panel_leaves_every_output_off() {
        panel = build(Map.of("stapwijs.hardware.gpio.light.blink", "170ms"));
        panel.show(Signal.HELP_WAITING);
        panel.switchOutput(Output.BUZZER, true);

        panel.close();

        assertThat(lamps()).containsExactly(false, false, false);
        assertThat(gpio.high("buzzer")).isFalse();
    }

    private Pi4jPanel build(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("stapwijs.hardware.enabled", "true");
        HardwareProperties properties = HardwareSettings.of(all);
        Pi4jPanel built = Pi4jPanel.build(gpio.pi4j, properties.gpio(), false, clock);
        for (Input input : built.inputs()) {
            built.onPressed(input, () -> presses.add(input));
        }
        return built;
    }

    /** The pull-ups lift every open contact; then the line is quiet for a while. */
    private void restAllInputs() {
        for (String id : List.of("help-button", "foot-pedal", "light-barrier")) {
            gpio.open(id);
        }
        clock.advance(Duration.ofSeconds(1));
    }

    private List<Boolean> lamps() {
        return List.of(gpio.high("lamp-green"), gpio.high("lamp-yellow"), gpio.high("lamp-red"));
    }

    private List<DigitalState> transitions(String id) {
        List<DigitalState> states = new CopyOnWriteArrayList<>();
        gpio.output(id).addListener(event -> states.add(event.state()));
        return states;
    }
}
