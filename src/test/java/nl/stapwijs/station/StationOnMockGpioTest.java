package nl.stapwijs.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutput;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.stapwijs.TestClock;
import nl.stapwijs.hardware.ConfiguredDevices;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.hardware.pi4j.MockGpio;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.FloorService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.LiveFloor;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A Pi station end to end: the whole application configured for real hardware on VER-5,
 * with Pi4J's mock platform in place of the Pi's GPIO. The test closes and opens contacts
 * on the mock pins, as the pedal and the help button do, and reads the lamps back.
 */
@SpringBootTest(properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=0",
        "stapwijs.data-dir=target/test-data/gpio-${random.uuid}",
        "stapwijs.hardware.enabled=true",
        "stapwijs.hardware.station=VER-5",
        "stapwijs.hardware.gpio.light.blink=170ms"})
class StationOnMockGpioTest {

    @TestBean
    Context pi4j;

    @TestBean
    Clock clock;

    @Autowired
    StationDevices devices;

    @Autowired
    StationRuntimes runtimes;

    @Autowired
    Journal journal;

    @Autowired
    LiveFloor floor;

    @Autowired
    FloorService floorService;

    @Autowired
    InstructionService instructions;

    static Context pi4j() {
        return MockGpio.context();
    }

    static Clock clock() {
        return new TestClock(StationFixture.TUESDAY_MORNING);
    }

    @Test
    void only_the_configured_station_gets_the_pi_panel_and_the_others_stay_simulated() {
        assertThat(devices).isInstanceOf(ConfiguredDevices.class);
        assertThat(devices.simulatedPanel("VER-5")).isEmpty();
        assertThat(devices.simulatedPanel("VER-1")).isPresent();
        assertThat(devices.hasScanner("VER-5")).isFalse();
    }

    @Test
    void a_pedal_press_is_a_unit_in_the_journal_and_the_count_goes_up_and_help_lights_yellow_and_the_floor() {
        StationRuntime station = runtimes.runtime("VER-5").orElseThrow();
        restAllContacts();
        station.scan("P-1009");
        station.chooseTask(taskId("VOUWEN"));
        while (station.state().mode() == Mode.STEPS) {
            station.next();
        }
        assertThat(pin("lamp-green").isHigh()).isTrue();

        tap("foot-pedal");
        tap("foot-pedal");

        List<ProductionEvent> units = journal.ofStationSince("VER-5", StationFixture.TUESDAY_MORNING.minusSeconds(3600))
                .stream().filter(e -> e.kind() == EventKind.UNIT).toList();
        assertThat(units).hasSize(2).allSatisfy(unit -> assertThat(unit.quantity()).isEqualTo(1));
        assertThat(station.state().unitsToday()).isEqualTo(2);
        assertThat(floor.card("VER-5").unitsToday()).isEqualTo(2);

        List<DigitalState> yellow = transitions("lamp-yellow");
        tap("help-button");

        assertThat(station.state().helpWaiting()).isTrue();
        assertThat(floor.card("VER-5").needsHelp()).isTrue();
        assertThat(pin("lamp-green").isHigh()).isFalse();
        await().atMost(Duration.ofSeconds(2)).until(() -> yellow.size() >= 3);
        assertThat(yellow).startsWith(DigitalState.HIGH, DigitalState.LOW, DigitalState.HIGH);

        floorService.helpGiven("VER-5");

        await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(3))
                .until(() -> pin("lamp-yellow").isLow() && pin("lamp-green").isHigh());
        station.signOut();
        assertThat(pin("lamp-green").isHigh()).isFalse();
    }

    private long taskId(String code) {
        return instructions.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** The pull-ups hold every open contact high; then the lines are quiet. */
    private void restAllContacts() {
        for (String id : List.of("help-button", "foot-pedal", "light-barrier")) {
            input(id).mockState(DigitalState.HIGH);
        }
        ((TestClock) clock).advance(Duration.ofSeconds(1));
    }

    /** A press and release of an active-low contact, each held longer than the debounce time. */
    private void tap(String id) {
        input(id).mockState(DigitalState.LOW);
        ((TestClock) clock).advance(Duration.ofMillis(200));
        input(id).mockState(DigitalState.HIGH);
        ((TestClock) clock).advance(Duration.ofMillis(300));
    }

    private MockDigitalInput input(String id) {
        return pi4j.io(id, MockDigitalInput.class);
    }

    private MockDigitalOutput pin(String id) {
        return pi4j.io(id, MockDigitalOutput.class);
    }

    private List<DigitalState> transitions(String id) {
        List<DigitalState> states = new CopyOnWriteArrayList<>();
        pin(id).addListener(event -> states.add(event.state()));
        return states;
    }
}
