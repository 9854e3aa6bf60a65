package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.Fixtures.MONDAY;
import static nl.stapwijs.wagevalue.Fixtures.ROSTER;
import static nl.stapwijs.wagevalue.Fixtures.at;
import static nl.stapwijs.wagevalue.Fixtures.norm;
import static nl.stapwijs.wagevalue.Fixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.Test;

/** How the calculator reads the journal: which moment counts as what, and what it warns about. */
class WageValueCalculatorJournalTest {

    private static final long WORKER = 7;
    private final WageValueCalculator calculator = new WageValueCalculator(
            new Norms(List.of(norm(1, "45"), norm(2, "30"))), ROSTER);

    @Test
    void choosing_a_task_is_signed_in_time_outside_every_task() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn()
                .at("08:10").task(1)
                .at("16:00").units(500).signOut()
                .events();

        Measurement m = measureMonday(journal);

        assertThat(m.outsideTasks().signedIn()).isEqualTo(Duration.ofMinutes(10));
        assertThat(m.mainTasks().getFirst().time().signedIn()).isEqualTo(Duration.ofMinutes(470));
        assertThat(m.total().signedIn()).isEqualTo(Duration.ofMinutes(480));
    }

    @Test
    void a_unit_ends_the_instructions_a_worker_went_back_to_from_production() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1).units(1)
                .at("10:30").stepShown(1)
                .at("10:32").stepDone(1).stepShown(2)
                .at("10:37").units(1)
                .at("16:00").signOut()
                .events();

        Measurement m = measureMonday(journal);

        assertThat(m.total().instruction()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void help_stays_open_across_a_task_switch_and_counts_on_the_task_the_worker_is_on() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("11:50").help()
                .at("12:00").task(2)
                .at("12:05").helpGiven()
                .at("16:00").signOut()
                .events();

        Measurement m = measureMonday(journal);

        assertThat(task(m, 1).time().help()).isEqualTo(Duration.ofMinutes(10));
        assertThat(task(m, 1).helpCalls()).isEqualTo(1);
        assertThat(task(m, 2).time().help()).isEqualTo(Duration.ofMinutes(5));
        assertThat(m.guidance().helpCalls()).isEqualTo(1);
    }

    @Test
    void help_given_by_a_supervisor_closes_the_call_at_the_workers_own_station_only() {
        List<ProductionEvent> journal = new ArrayList<>(new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("09:00").help()
                .at("16:00").signOut()
                .events());
        journal.add(supervisorHelpGiven("B2", at(MONDAY, "09:05")));
        journal.add(supervisorHelpGiven("A1", at(MONDAY, "09:10")));

        Measurement m = measureMonday(journal);

        assertThat(m.total().help()).isEqualTo(Duration.ofMinutes(10));
        assertThat(m.flags()).doesNotContain(Flag.HELP_LEFT_OPEN);
    }

    @Test
    void a_help_call_never_marked_as_given_runs_until_sign_out_and_is_flagged() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("15:00").help()
                .at("16:00").signOut()
                .events();

        Measurement m = measureMonday(journal);

        assertThat(m.total().help()).isEqualTo(Duration.ofHours(1));
        assertThat(m.flags()).contains(Flag.HELP_LEFT_OPEN);
    }

    @Test
    void a_session_without_sign_out_counts_until_its_last_event_and_is_flagged() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("11:00").units(100)
                .events();

        Measurement m = measureMonday(journal);

        assertThat(m.total().signedIn()).isEqualTo(Duration.ofHours(3));
        assertThat(m.flags()).contains(Flag.SESSION_LEFT_OPEN);
    }

    @Test
    void a_session_the_station_ended_for_someone_who_never_signed_out_ends_at_their_last_event() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("15:30").units(300)
                .on(MONDAY.plusDays(1)).at("08:05").leftOpen()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(2)), journal);

        assertThat(m.total().signedIn()).isEqualTo(Duration.ofMinutes(7 * 60 + 30));
        assertThat(m.workingDays()).isEqualTo(1);
        assertThat(m.flags()).contains(Flag.SESSION_LEFT_OPEN);
    }

    @Test
    void signing_in_afresh_while_still_signed_in_elsewhere_ends_the_old_session_at_its_last_event() {
        List<ProductionEvent> journal = new ArrayList<>(new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("10:00").units(80)
                .events());
        journal.addAll(new Shift(WORKER, "B2", MONDAY)
                .at("13:00").signIn().task(2)
                .at("14:00").units(100).signOut()
                .events());

        Measurement m = measureMonday(journal);

        assertThat(m.total().signedIn()).isEqualTo(Duration.ofHours(3));
        assertThat(m.flags()).contains(Flag.SESSION_LEFT_OPEN);
    }

    @Test
    void signing_in_the_next_morning_without_having_signed_out_leaves_the_night_out() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("12:00").units(150)
                .on(MONDAY.plusDays(1)).at("08:00").signIn().task(1)
                .at("09:00").units(40).signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(2)), journal);

        assertThat(m.total().signedIn()).isEqualTo(Duration.ofHours(5));
        assertThat(m.flags()).contains(Flag.SESSION_LEFT_OPEN);
    }

    @Test
    void a_night_shift_is_split_at_midnight_into_two_working_days() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("22:00").signIn().task(1)
                .on(MONDAY.plusDays(1)).at("02:00").units(300).signOut()
                .events();

        Measurement both = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(2)), journal);
        Measurement monday = measureMonday(journal);

        assertThat(both.workingDays()).isEqualTo(2);
        assertThat(both.total().signedIn()).isEqualTo(Duration.ofHours(4));
        assertThat(monday.total().signedIn()).isEqualTo(Duration.ofHours(2));
        assertThat(monday.good()).isZero();
    }

    @Test
    void only_the_part_of_a_session_inside_the_period_counts() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("10:00").units(100)
                .at("14:00").units(100)
                .at("16:00").signOut()
                .events();

        Measurement afternoon = calculator.measure(WORKER, at(MONDAY, "12:00"), startOf(MONDAY.plusDays(1)), journal);

        assertThat(afternoon.total().signedIn()).isEqualTo(Duration.ofHours(4));
        assertThat(afternoon.good()).isEqualTo(100);
    }

    @Test
    void events_of_other_workers_are_ignored() {
        List<ProductionEvent> journal = new ArrayList<>(new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1).at("16:00").units(400).signOut().events());
        journal.addAll(new Shift(8, "B2", MONDAY)
                .at("07:00").signIn().task(2).at("17:00").units(900).signOut().events());

        Measurement m = measureMonday(journal);

        assertThat(m.total().signedIn()).isEqualTo(Duration.ofHours(8));
        assertThat(m.good()).isEqualTo(400);
        assertThat(m.otherTasks()).isEmpty();
    }

    @Test
    void units_registered_without_an_open_task_are_flagged_and_counted_nowhere() {
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().units(5)
                .at("08:05").task(1)
                .at("16:00").units(400).signOut()
                .events();

        Measurement m = measureMonday(journal);

        assertThat(m.good()).isEqualTo(400);
        assertThat(m.flags()).contains(Flag.UNITS_OUTSIDE_SESSION);
    }

    @Test
    void a_station_clock_that_ran_backwards_is_flagged() {
        List<ProductionEvent> journal = new ArrayList<>(new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("10:00").units(100)
                .at("16:00").signOut()
                .events());
        ProductionEvent unit = journal.get(2);
        journal.set(2, new ProductionEvent(unit.id(), unit.station(), unit.seq(), unit.kind(), unit.workerId(),
                unit.taskId(), null, unit.quantity(), null, null, null, at(MONDAY, "07:30"), "test", 0,
                unit.recordedAt()));

        Measurement m = measureMonday(journal);

        assertThat(m.flags()).contains(Flag.CLOCK_OUT_OF_ORDER);
    }

    @Test
    void time_on_a_task_before_its_first_norm_is_kept_apart_and_flagged() {
        Norm fromNoon = norm(1, 1, "45", at(MONDAY, "12:00"));
        WageValueCalculator withLateNorm = new WageValueCalculator(new Norms(List.of(fromNoon)), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("11:00").units(200)
                .at("16:00").units(300).signOut()
                .events();

        Measurement m = withLateNorm.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        List<NormedMeasurement> rows = m.mainTasks().getFirst().byNorm();
        assertThat(rows.get(0).norm()).isNull();
        assertThat(rows.get(0).good()).isEqualTo(200);
        assertThat(rows.get(0).share()).isNull();
        assertThat(rows.get(1).share()).isEqualByComparingTo("1");
        assertThat(m.flags()).contains(Flag.NO_NORM);
        assertThat(m.wageValuePercent()).isNotNull();
    }

    private Measurement measureMonday(List<ProductionEvent> journal) {
        return calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);
    }

    private static TaskMeasurement task(Measurement m, long taskId) {
        return Stream.concat(m.mainTasks().stream(), m.otherTasks().stream())
                .filter(t -> t.taskId() == taskId).findFirst().orElseThrow();
    }

    private static ProductionEvent supervisorHelpGiven(String station, Instant when) {
        return new ProductionEvent(UUID.randomUUID(), station, 1000, EventKind.HELP_GIVEN, null, null, null, 0,
                null, null, null, when, "hub", 0, when);
    }
}
