package nl.stapwijs.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationPanel.Signal;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StationRuntimeTest {

    @TempDir
    Path dir;

    StationFixture fixture;
    StationRuntime station;

    @BeforeEach
    void open() {
        fixture = new StationFixture(dir);
        station = fixture.station("VER-1");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_scanned_badge_signs_the_worker_in_and_offers_the_tasks() {
        Outcome outcome = station.scan("P-1005\r\n");

        assertThat(outcome).isInstanceOf(Outcome.SignedIn.class);
        assertThat(station.state().mode()).isEqualTo(Mode.CHOOSE_TASK);
        assertThat(station.state().worker().firstName()).isEqualTo("Sanne");
        assertThat(kinds()).containsExactly(EventKind.SESSION_STARTED);
    }

    @Test
    void tapping_a_photo_signs_in_without_a_badge() {
        station.signIn(sanne().id());

        assertThat(station.state().mode()).isEqualTo(Mode.CHOOSE_TASK);
    }

    @Test
    void choosing_a_task_shows_step_one_of_the_published_version_in_the_workers_language() {
        station.scan("P-1007"); // Ahmed reads Arabic

        station.chooseTask(fixture.taskId("VOUWEN"));

        StationState state = station.state();
        assertThat(state.mode()).isEqualTo(Mode.STEPS);
        assertThat(state.position()).isEqualTo(1);
        assertThat(state.step().language()).isEqualTo("ar");
        assertThat(state.step().text()).isEqualTo("خذ صندوقاً مسطحاً.");
        ProductionEvent started = lastOf(EventKind.SESSION_STARTED);
        assertThat(started.taskId()).isEqualTo(fixture.taskId("VOUWEN"));
        assertThat(started.instructionVersion()).isEqualTo(state.instruction().versionId());
        assertThat(lastOf(EventKind.STEP_SHOWN).step()).isEqualTo(1);
    }

    @Test
    void back_never_loses_progress_and_next_after_the_last_step_starts_production() {
        signInAndChoose("P-1005", "VOUWEN");
        station.next();
        station.next();

        station.back();
        assertThat(station.state().position()).isEqualTo(2);
        for (int i = 0; i < 4; i++) {
            station.next();
        }

        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(kinds()).filteredOn(k -> k == EventKind.STEP_DONE).hasSize(6);
    }

    @Test
    void a_product_counts_only_after_its_unit_is_committed_to_the_journal() {
        signInAndChoose("P-1005", "VOUWEN");
        List<Long> committedUnitsWhenScreenChanged = new ArrayList<>();
        station.onChange(state -> committedUnitsWhenScreenChanged.add(
                fixture.journalOf("VER-1").stream().filter(e -> e.kind() == EventKind.UNIT).count()));

        Outcome first = station.scan(fixture.productCode("VOUWEN"));
        Outcome second = station.scan(fixture.productCode("VOUWEN"));

        assertThat(first).isInstanceOf(Outcome.Confirmed.class);
        assertThat(second).isInstanceOf(Outcome.Confirmed.class);
        assertThat(station.state().unitsToday()).isEqualTo(2);
        assertThat(committedUnitsWhenScreenChanged).containsExactly(1L, 2L);
        assertThat(fixture.floor.card("VER-1").unitsToday()).isEqualTo(2);
        assertThat(fixture.devices.simulated("VER-1").lastSignal()).isEqualTo(Signal.CONFIRMED);
    }

    @Test
    void a_barcode_of_another_product_is_refused_with_the_expected_product_and_counts_nothing() {
        signInAndChoose("P-1005", "VOUWEN");

        Outcome outcome = station.scan(fixture.productCode("ZAKJES"));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.refusal()).isEqualTo(Refusal.WRONG_PRODUCT);
            assertThat(refused.expected().name()).isEqualTo("Doos 40x30");
        });
        assertThat(kinds()).contains(EventKind.SCAN_REFUSED).doesNotContain(EventKind.UNIT);
        assertThat(station.state().unitsToday()).isZero();
        assertThat(fixture.devices.simulated("VER-1").lastSignal()).isEqualTo(Signal.REFUSED);
    }

    @Test
    void garbage_from_a_scanner_is_refused_calmly_and_recorded_safely() {
        signInAndChoose("P-1005", "VOUWEN");
        String tenKilobytes = "7".repeat(10_240);

        List<Outcome> outcomes = List.of(station.scan("\u0007\u0000ab\u001b"), station.scan(tenKilobytes),
                station.scan(""), station.scan("\r\n"), station.scan(null), station.scan("🙂🙂"));

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Outcome.Refused.class));
        List<ProductionEvent> refused = fixture.journalOf("VER-1").stream()
                .filter(e -> e.kind() == EventKind.SCAN_REFUSED).toList();
        assertThat(refused).hasSize(6);
        assertThat(refused).allSatisfy(e -> {
            assertThat(e.code() == null ? "" : e.code()).hasSizeLessThan(200).doesNotContain("\u0000", "\u0007");
        });
        assertThat(kinds()).doesNotContain(EventKind.UNIT);
    }

    @Test
    void the_pedal_counts_one_unit_of_the_current_task() {
        signInAndChoose("P-1005", "VOUWEN");

        fixture.devices.simulated("VER-1").press(Input.COUNT_PEDAL);

        assertThat(station.state().unitsToday()).isEqualTo(1);
        assertThat(lastOf(EventKind.UNIT).quantity()).isEqualTo(1);
    }

    @Test
    void help_lights_the_station_and_the_floor_until_a_supervisor_gives_it() {
        signInAndChoose("P-1005", "VOUWEN");

        fixture.devices.simulated("VER-1").press(Input.HELP);

        assertThat(station.state().helpWaiting()).isTrue();
        assertThat(fixture.devices.simulated("VER-1").light()).isEqualTo(Signal.HELP_WAITING);
        assertThat(fixture.floor.card("VER-1").needsHelp()).isTrue();
        assertThat(lastOf(EventKind.HELP_REQUESTED).step()).isEqualTo(1);

        new nl.stapwijs.production.FloorService(fixture.journal, fixture.floor).helpGiven("VER-1");

        assertThat(station.state().helpWaiting()).isFalse();
        assertThat(fixture.floor.card("VER-1").needsHelp()).isFalse();
        assertThat(fixture.devices.simulated("VER-1").light()).isEqualTo(Signal.WORKING);
    }

    @Test
    void a_break_and_signing_out_are_written_and_my_day_shows_the_units_in_words() {
        signInAndChoose("P-1005", "VOUWEN");
        finishSteps();
        station.scan(fixture.productCode("VOUWEN"));
        station.scan(fixture.productCode("VOUWEN"));
        station.startBreak();
        fixture.clock.advance(Duration.ofMinutes(10));
        station.endBreak();
        station.scan(fixture.productCode("VOUWEN"));

        station.signOut();

        assertThat(kinds()).containsSubsequence(EventKind.BREAK_STARTED, EventKind.BREAK_ENDED, EventKind.UNIT,
                EventKind.SESSION_ENDED);
        assertThat(station.state().mode()).isEqualTo(Mode.MY_DAY);
        assertThat(station.state().myDay()).singleElement().satisfies(line -> {
            assertThat(line.units()).isEqualTo(3);
            assertThat(line.task().units(line.units())).isEqualTo("dozen");
        });
        station.finish();
        assertThat(station.state().mode()).isEqualTo(Mode.SIGN_IN);
    }

    @Test
    void another_badge_takes_over_a_station_someone_forgot_to_sign_out_of() {
        signInAndChoose("P-1005", "VOUWEN");

        station.scan("P-1006");

        assertThat(station.state().worker().firstName()).isEqualTo("Piotr");
        assertThat(kinds()).containsSubsequence(EventKind.SESSION_ENDED, EventKind.SESSION_STARTED);
    }

    @Test
    void a_takeover_marks_the_forgotten_session_as_left_open() {
        signInAndChoose("P-1005", "VOUWEN");

        station.scan("P-1006");

        assertThat(fixture.journalOf("VER-1")).filteredOn(e -> e.kind() == EventKind.SESSION_ENDED)
                .extracting(e -> e.reason()).containsExactly(EventKind.LEFT_OPEN);
    }

    @Test
    void someone_still_signed_in_the_next_morning_starts_a_new_session_and_the_old_one_is_left_open() {
        signInAndChoose("P-1005", "VOUWEN");
        finishSteps();
        station.scan(fixture.productCode("VOUWEN"));

        fixture.clock.advance(java.time.Duration.ofHours(23));
        Outcome outcome = station.scan("P-1005");

        assertThat(outcome).isInstanceOf(Outcome.SignedIn.class);
        assertThat(station.state().mode()).isEqualTo(Mode.CHOOSE_TASK);
        assertThat(station.state().unitsToday()).isZero();
        assertThat(kinds()).containsSubsequence(EventKind.UNIT, EventKind.SESSION_ENDED, EventKind.SESSION_STARTED);
        assertThat(fixture.journalOf("VER-1")).filteredOn(e -> e.kind() == EventKind.SESSION_ENDED)
                .extracting(e -> e.reason()).containsExactly(EventKind.LEFT_OPEN);
    }

    @Test
    void a_station_left_signed_in_overnight_is_free_in_the_morning_before_anyone_touches_it() {
        signInAndChoose("P-1005", "VOUWEN");

        fixture.clock.advance(java.time.Duration.ofHours(20));
        station.endSessionOfAnotherDay();

        assertThat(station.state().mode()).isEqualTo(Mode.SIGN_IN);
        assertThat(station.state().worker()).isNull();
        assertThat(fixture.devices.simulated("VER-1").light()).isEqualTo(nl.stapwijs.hardware.StationPanel.Signal.IDLE);
    }

    @Test
    void after_a_restart_the_station_shows_the_same_step_to_the_same_worker() {
        signInAndChoose("P-1007", "VOUWEN");
        station.next();
        station.next();
        station.help();

        StationRuntimes restarted = fixture.restarted();
        StationState restored = restarted.runtime("VER-1").orElseThrow().state();

        assertThat(restored.worker().firstName()).isEqualTo("Ahmed");
        assertThat(restored.mode()).isEqualTo(Mode.STEPS);
        assertThat(restored.position()).isEqualTo(3);
        assertThat(restored.helpWaiting()).isTrue();
        assertThat(restored.step().language()).isEqualTo("ar");
    }

    @Test
    void a_restarted_station_keeps_counting_where_it_was() {
        signInAndChoose("P-1005", "VOUWEN");
        finishSteps();
        station.scan(fixture.productCode("VOUWEN"));

        StationRuntimes restarted = fixture.restarted();
        StationRuntime again = restarted.runtime("VER-1").orElseThrow();
        again.scan(fixture.productCode("VOUWEN"));

        assertThat(again.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(again.state().unitsToday()).isEqualTo(2);
        assertThat(fixture.journalOf("VER-1")).extracting(ProductionEvent::seq)
                .doesNotHaveDuplicates().isSorted();
    }

    private void signInAndChoose(String badge, String task) {
        station.scan(badge);
        station.chooseTask(fixture.taskId(task));
    }

    private void finishSteps() {
        while (station.state().mode() == Mode.STEPS) {
            station.next();
        }
    }

    private Worker sanne() {
        return fixture.workforce.workerByBadge("P-1005").orElseThrow();
    }

    private List<EventKind> kinds() {
        return fixture.journalOf("VER-1").stream().map(ProductionEvent::kind).toList();
    }

    private ProductionEvent lastOf(EventKind kind) {
        List<ProductionEvent> events = fixture.journalOf("VER-1").stream().filter(e -> e.kind() == kind).toList();
        return events.get(events.size() - 1);
    }
}
