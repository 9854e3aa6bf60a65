package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.Fixtures.MONDAY;
import static nl.stapwijs.wagevalue.Fixtures.ROSTER;
import static nl.stapwijs.wagevalue.Fixtures.at;
import static nl.stapwijs.wagevalue.Fixtures.norm;
import static nl.stapwijs.wagevalue.Fixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.Test;

/** The worked examples of WAGE-VALUE.md, computed from journals as a station would write them. */
class WageValueCalculatorTest {

    private static final long WORKER = 7;

    @Test
    void a_shift_of_480_minutes_gives_52_9_percent_productivity_and_61_5_percent_tempo() {
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of(norm(1, "45"))), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1).stepShown(1)
                .at("08:20").stepDone(1)
                .at("09:00").downtimeStarts()
                .at("09:25").downtimeEnds()
                .at("11:00").units(150)
                .at("12:30").breakStarts()
                .at("13:00").breakEnds()
                .at("14:00").help()
                .at("14:15").helpGiven()
                .at("15:30").units(150).rejects(20)
                .at("16:00").signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        TaskMeasurement task = m.mainTasks().getFirst();
        TimeSpent time = task.time();
        assertThat(time.signedIn()).isEqualTo(Duration.ofMinutes(480));
        assertThat(time.rosteredBreaks()).isEqualTo(Duration.ofMinutes(30));
        assertThat(time.downtime()).isEqualTo(Duration.ofMinutes(25));
        assertThat(time.instruction()).isEqualTo(Duration.ofMinutes(20));
        assertThat(time.help()).isEqualTo(Duration.ofMinutes(15));
        assertThat(time.attributable()).isEqualTo(Duration.ofMinutes(425));
        assertThat(time.productive()).isEqualTo(Duration.ofMinutes(390));
        assertThat(percent(m.productivity())).isEqualByComparingTo("52.9");
        assertThat(percent(task.tempo())).isEqualByComparingTo("61.5");
        assertThat(task.quality()).isEqualByComparingTo("0.9375");
        assertThat(m.wageValuePercent()).isEqualTo(53);
        assertThat(m.formulaVersion()).isEqualTo(WageValueFormula.VERSION);
    }

    @Test
    void seventy_units_an_hour_against_a_norm_of_eighty_is_a_tempo_of_87_5_percent() {
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of(norm(1, "45"))), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("09:00").units(70).signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        assertThat(m.mainTasks().getFirst().tempo()).isEqualByComparingTo("0.875");
    }

    @Test
    void a_task_of_20_hours_in_a_40_hour_week_has_a_time_share_of_half() {
        WageValueCalculator calculator = new WageValueCalculator(
                new Norms(List.of(norm(1, "45"), norm(2, "30"))), ROSTER);
        Shift week = new Shift(WORKER, "A1", MONDAY);
        for (int day = 0; day < 5; day++) {
            week.on(MONDAY.plusDays(day)).at("08:00").signIn().task(1).units(10)
                    .at("12:00").task(2).units(10)
                    .at("16:00").signOut();
        }

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(7)), week.events());

        assertThat(m.total().attributable()).isEqualTo(Duration.ofHours(40));
        assertThat(m.mainTasks()).extracting(TaskMeasurement::share)
                .allSatisfy(share -> assertThat(share).isEqualByComparingTo("0.5"));
        assertThat(m.workingDays()).isEqualTo(5);
    }

    @Test
    void three_tasks_measured_over_a_week_make_the_worked_example_of_76_percent() {
        WageValueCalculator calculator = new WageValueCalculator(Fixtures.THREE_TASK_NORMS, ROSTER);
        List<ProductionEvent> journal = Fixtures.threeTaskWeek(WORKER);

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(7)), journal);

        assertThat(m.mainTasks()).extracting(TaskMeasurement::taskId).containsExactly(1L, 2L, 3L);
        NormedMeasurement first = m.mainTasks().get(0).byNorm().getFirst();
        assertThat(first.share()).isEqualByComparingTo("0.5");
        assertThat(first.tempo()).isEqualByComparingTo("0.875");
        assertThat(first.qualityFactor()).isEqualByComparingTo("0.90");
        assertThat(first.netTimeFactor()).isEqualByComparingTo("0.95");
        NormedMeasurement second = m.mainTasks().get(1).byNorm().getFirst();
        assertThat(second.share()).isEqualByComparingTo("0.3");
        assertThat(second.tempo()).isEqualByComparingTo("0.70");
        assertThat(second.netTimeFactor()).isEqualByComparingTo("0.90");
        assertThat(m.wageValueSum()).isEqualByComparingTo("0.7630625");
        assertThat(m.wageValuePercent()).isEqualTo(76);
    }

    @Test
    void no_events_give_no_figures_and_say_why() {
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of(norm(1, "45"))), ROSTER);

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(7)), List.of());

        assertThat(m.total()).isEqualTo(TimeSpent.NONE);
        assertThat(m.mainTasks()).isEmpty();
        assertThat(m.wageValuePercent()).isNull();
        assertThat(m.productivity()).isNull();
        assertThat(m.guidance().helpCallsPerHour()).isNull();
        assertThat(m.flags()).contains(Flag.NO_MAIN_TASK, Flag.THIN_EVIDENCE);
    }

    @Test
    void a_session_of_only_a_rostered_break_is_counted_against_nobody() {
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of(norm(1, "45"))), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("12:30").signIn().task(1).breakStarts()
                .at("13:00").breakEnds().signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        assertThat(m.total().rosteredBreaks()).isEqualTo(Duration.ofMinutes(30));
        assertThat(m.total().attributable()).isZero();
        assertThat(m.otherTasks()).singleElement()
                .satisfies(t -> assertThat(t.flags()).contains(Flag.BELOW_MAIN_TASK_THRESHOLD));
        assertThat(m.wageValuePercent()).isNull();
        assertThat(m.flags()).contains(Flag.NO_MAIN_TASK);
    }

    @Test
    void a_break_reaching_outside_the_rostered_window_is_extra_for_the_part_outside() {
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of(norm(1, "45"))), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("12:20").breakStarts()
                .at("12:50").breakEnds()
                .at("16:00").units(300).signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        assertThat(m.total().rosteredBreaks()).isEqualTo(Duration.ofMinutes(20));
        assertThat(m.total().extraBreaks()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_task_under_the_main_task_threshold_is_listed_apart_and_left_out_of_the_wage_value() {
        WageValueCalculator calculator = new WageValueCalculator(
                new Norms(List.of(norm(1, "45"), norm(2, "45"))), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("15:35").units(600).task(2)
                .at("16:00").units(1).signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        assertThat(m.mainTasks()).extracting(TaskMeasurement::taskId).containsExactly(1L);
        assertThat(m.mainTasks().getFirst().share()).isEqualByComparingTo("1");
        assertThat(m.otherTasks()).singleElement().satisfies(t -> {
            assertThat(t.taskId()).isEqualTo(2L);
            assertThat(t.time().signedIn()).isEqualTo(Duration.ofMinutes(25));
            assertThat(t.flags()).contains(Flag.BELOW_MAIN_TASK_THRESHOLD);
            assertThat(t.share()).isNull();
        });
        assertThat(m.flags()).contains(Flag.BELOW_MAIN_TASK_THRESHOLD);
        assertThat(m.wageValuePercent()).isEqualTo(WageValueFormula.percent(
                m.mainTasks().getFirst().tempo()));
    }

    @Test
    void tempo_above_the_norm_is_shown_as_it_is_and_capped_in_the_wage_value() {
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of(norm(1, "45"))), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("09:00").units(120).signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        assertThat(m.mainTasks().getFirst().tempo()).isEqualByComparingTo("1.5");
        assertThat(m.productivity()).isEqualByComparingTo("1.5");
        assertThat(m.wageValuePercent()).isEqualTo(100);
    }

    @Test
    void a_norm_change_at_noon_splits_the_task_into_its_two_norm_versions() {
        Norm morning = norm(1, 1, "45", at(MONDAY.minusYears(1), "00:00"));
        Norm afternoon = norm(1, 2, "40", at(MONDAY, "12:00"));
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of(afternoon, morning)), ROSTER);
        List<ProductionEvent> journal = new Shift(WORKER, "A1", MONDAY)
                .at("08:00").signIn().task(1)
                .at("11:00").units(200)
                .at("15:00").units(200)
                .at("16:00").signOut()
                .events();

        Measurement m = calculator.measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        List<NormedMeasurement> rows = m.mainTasks().getFirst().byNorm();
        assertThat(rows).extracting(r -> r.norm().version()).containsExactly(1, 2);
        assertThat(rows).extracting(r -> r.time().signedIn()).containsOnly(Duration.ofHours(4));
        assertThat(rows.get(0).tempo()).isEqualByComparingTo("0.625");
        assertThat(rows.get(1).tempo().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.5556");
        assertThat(rows).extracting(NormedMeasurement::share).containsOnly(new BigDecimal("0.5"));
        assertThat(m.normsUsed()).containsExactly(morning, afternoon);
        assertThat(m.mainTasks().getFirst().tempo()).isEqualByComparingTo(
                new BigDecimal(200 * 45 + 200 * 40).divide(new BigDecimal(8 * 3600), WageValueFormula.PRECISION));
    }

    @Test
    void six_tasks_above_the_threshold_keep_the_five_largest_and_say_so() {
        Norms norms = new Norms(List.of(norm(1, "60"), norm(2, "60"), norm(3, "60"), norm(4, "60"),
                norm(5, "60"), norm(6, "60")));
        Shift day = new Shift(WORKER, "A1", MONDAY).at("08:00").signIn();
        String[] starts = {"08:00", "09:20", "10:40", "12:00", "13:20", "14:40"};
        for (int task = 1; task <= 6; task++) {
            day.at(starts[task - 1]).task(task).units(10);
        }
        List<ProductionEvent> journal = day.at("15:55").signOut().events();

        Measurement m = new WageValueCalculator(norms, ROSTER)
                .measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), journal);

        assertThat(m.flags()).contains(Flag.MORE_THAN_FIVE_TASKS);
        assertThat(m.mainTasks()).extracting(TaskMeasurement::taskId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(m.otherTasks()).singleElement()
                .satisfies(t -> assertThat(t.flags()).contains(Flag.BEYOND_FIVE_MAIN_TASKS));
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }
}
