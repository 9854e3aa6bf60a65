package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.Fixtures.MONDAY;
import static nl.stapwijs.wagevalue.Fixtures.ROSTER;
import static nl.stapwijs.wagevalue.Fixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.Test;

/** The rollups' promise: a period made from its days has exactly the figures of the raw replay. */
class DayTallyTest {

    private final WageValueCalculator calculator = new WageValueCalculator(RandomJournal.NORMS, ROSTER);

    @Test
    void a_period_made_from_its_days_equals_the_replay_of_the_whole_journal() {
        for (long seed = 1; seed <= 300; seed++) {
            List<ProductionEvent> journal = RandomJournal.of(new Random(seed), RandomJournal.TASKS);
            Instant from = startOf(MONDAY);
            Instant to = startOf(MONDAY.plusDays(5));

            Measurement raw = calculator.measure(RandomJournal.WORKER, from, to, journal);
            Measurement fromDays = calculator.fromDays(RandomJournal.WORKER, from, to,
                    calculator.days(RandomJournal.WORKER, from, to, journal));

            assertThat(fromDays).as("seed %d", seed).isEqualTo(raw);
        }
    }

    @Test
    void days_rolled_up_in_separate_runs_add_up_to_the_same_period() {
        for (long seed = 1; seed <= 100; seed++) {
            List<ProductionEvent> journal = RandomJournal.of(new Random(seed), RandomJournal.TASKS);
            Instant from = startOf(MONDAY);
            Instant split = startOf(MONDAY.plusDays(2));
            Instant to = startOf(MONDAY.plusDays(5));
            List<DayTally> days = new ArrayList<>(calculator.days(RandomJournal.WORKER, from, split, journal));
            days.addAll(calculator.days(RandomJournal.WORKER, split, to, journal));

            Measurement fromDays = calculator.fromDays(RandomJournal.WORKER, from, to, days);

            assertThat(fromDays).as("seed %d", seed).isEqualTo(calculator.measure(RandomJournal.WORKER, from, to, journal));
        }
    }

    @Test
    void a_sub_period_of_whole_days_takes_only_its_own_days() {
        List<ProductionEvent> journal = RandomJournal.of(new Random(42), RandomJournal.TASKS);
        Instant from = startOf(MONDAY.plusDays(1));
        Instant to = startOf(MONDAY.plusDays(3));
        List<DayTally> week = calculator.days(RandomJournal.WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(5)), journal);

        List<DayTally> inside = week.stream()
                .filter(d -> !d.day().isBefore(MONDAY.plusDays(1)) && d.day().isBefore(MONDAY.plusDays(3))).toList();

        assertThat(calculator.fromDays(RandomJournal.WORKER, from, to, inside))
                .isEqualTo(calculator.measure(RandomJournal.WORKER, from, to, journal));
    }
}
