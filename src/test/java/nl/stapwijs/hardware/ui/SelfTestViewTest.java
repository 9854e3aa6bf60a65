package nl.stapwijs.hardware.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.hardware.Output;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationPanel.Signal;
import nl.stapwijs.hardware.simulated.SimulatedDevices;
import nl.stapwijs.hardware.simulated.SimulatedPanel;
import nl.stapwijs.station.StationRuntime;
import nl.stapwijs.station.StationRuntimes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SelfTestViewTest extends KaribuTest {

    @Autowired
    SimulatedDevices devices;

    @Autowired
    StationRuntimes runtimes;

    @Autowired
    InstructionService instructions;

    @Test
    void a_held_button_lights_up_on_screen_and_counts_there_but_not_at_the_station() {
        StationRuntime station = producing("GRO-3", "P-1012");
        long before = station.state().unitsToday();
        SelfTestView view = open("GRO-3");
        SimulatedPanel panel = devices.simulated("GRO-3");

        panel.hold(Input.COUNT_PEDAL);
        push();
        assertThat(view.tile(Input.COUNT_PEDAL).hasClassName("active")).isTrue();
        panel.release(Input.COUNT_PEDAL);
        push();

        assertThat(view.tile(Input.COUNT_PEDAL).hasClassName("active")).isFalse();
        assertThat(view.tile(Input.COUNT_PEDAL).presses()).isEqualTo(1);
        assertThat(station.state().unitsToday()).isEqualTo(before);

        signIn("begeleider");

        UI.getCurrent().navigate("floor");
        panel.press(Input.COUNT_PEDAL);
        assertThat(station.state().unitsToday()).isEqualTo(before + 1);
        station.signOut();
    }

    @Test
    void a_scan_shows_the_raw_text_and_what_stapwijs_makes_of_it_without_signing_anyone_in() {
        StationRuntime station = runtimes.runtime("VER-1").orElseThrow();
        var before = station.state();
        open("VER-1");
        SimulatedPanel panel = devices.simulated("VER-1");

        panel.scan("P-1005\r");
        panel.scan("P-10\u000705");
        push();

        assertThat(texts("selftest-scan-raw")).containsExactly("P-10\\x0705", "P-1005\\x0D");
        assertThat(texts("selftest-scan-parsed")).containsExactly("Geweigerd: UNREADABLE", "Code: P-1005");
        assertThat(station.state()).isEqualTo(before);
    }

    @Test
    void each_output_is_switched_by_hand_and_closing_the_test_gives_the_light_back() {
        StationRuntime station = producing("GRO-3", "P-1012");
        open("GRO-3");
        SimulatedPanel panel = devices.simulated("GRO-3");
        assertThat(panel.isOn(Output.GREEN)).isFalse();

        _setValue(_get(Checkbox.class, spec -> spec.withAttribute("data-output", "RED")), true);
        assertThat(panel.isOn(Output.RED)).isTrue();
        _click(_get(Button.class, spec -> spec.withAttribute("data-signal", "REFUSED")));
        assertThat(panel.lastSignal()).isEqualTo(Signal.REFUSED);

        signIn("begeleider");

        UI.getCurrent().navigate("floor");

        assertThat(panel.isOn(Output.RED)).isFalse();
        assertThat(panel.light()).isEqualTo(Signal.WORKING);
        station.signOut();
    }

    @Test
    void the_buzzer_of_a_station_can_be_switched_off_and_on_again() {
        StationRuntime station = producing("VER-1", "P-1005");
        open("VER-1");
        _setValue(_get(Checkbox.class, spec -> spec.withClasses("selftest-buzzer")), false);
        signIn("begeleider");
        UI.getCurrent().navigate("floor");
        SimulatedPanel panel = devices.simulated("VER-1");

        station.count();
        assertThat(panel.lastSignal()).isNotEqualTo(Signal.CONFIRMED);

        devices.hardware("VER-1").switchBuzzer(true);
        station.count();
        assertThat(panel.lastSignal()).isEqualTo(Signal.CONFIRMED);
        station.signOut();
    }

    @Test
    void without_a_station_code_the_page_offers_the_stations() {
        signIn("begeleider");
        UI.getCurrent().navigate("selftest");

        assertThat(_find(Anchor.class))
                .extracting(anchor -> anchor.getHref()).contains("selftest/VER-1", "selftest/GRO-3");
    }

    private StationRuntime producing(String code, String badge) {
        StationRuntime station = runtimes.runtime(code).orElseThrow();
        station.scan(badge);
        station.chooseTask(instructions.tasksOfStation(code, "nl").get(0).id());
        while (station.state().mode().name().equals("STEPS")) {
            station.next();
        }
        return station;
    }

    private SelfTestView open(String code) {
        signIn("begeleider");
        UI.getCurrent().navigate("selftest/" + code);
        return _get(SelfTestView.class);
    }

    private static List<String> texts(String className) {
        return _find(Span.class, spec -> spec.withClasses(className))
                .stream().map(Span::getText).toList();
    }
}
