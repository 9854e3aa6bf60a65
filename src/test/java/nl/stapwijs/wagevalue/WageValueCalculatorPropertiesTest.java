package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.Fixtures.MONDAY;
import static nl.stapwijs.wagevalue.Fixtures.ROSTER;
import static nl.stapwijs.wagevalue.Fixtures.startOf;
import static nl.stapwijs.wagevalue.RandomJournal.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any journal, checked on a few hundred random ones. */
class WageValueCalculatorPropertiesTest {

    private static final int CASES = 300;
    private static final Instant FROM = startOf(MONDAY);
    private static final Instant TO = startOf(MONDAY.plusDays(7));

    private final WageValueCalculator calculator = new WageValueCalculator(RandomJournal.NORMS, ROSTER);

    @Test
    void splitting_a_period_in_two_and_adding_the_halves_gives_the_same_totals() {
        for (long s = 0; s < CASES; s++) {
            long seed = s;
            Random random = new Random(seed);
            List<ProductionEvent> journal = RandomJournal.of(random, RandomJournal.TASKS);
            Instant split = FROM.plusMillis(6 * 3_600_000L + (long) (random.nextDouble() * 4 * 86_400_000L));

            Measurement whole = calculator.measure(WORKER, FROM, TO, journal);
            Measurement first = calculator.measure(WORKER, FROM, split, journal);
            Measurement second = calculator.measure(WORKER, split, TO, journal);

            assertThat(plus(totals(first), totals(second))).as("seed %d", seed).isEqualTo(totals(whole));
            assertThat(first.total().plus(second.total())).as("seed %d", seed).isEqualTo(whole.total());
            assertThat(first.outsideTasks().plus(second.outsideTasks())).isEqualTo(whole.outsideTasks());
            assertThat(first.guidance().helpCalls() + second.guidance().helpCalls())
                    .isEqualTo(whole.guidance().helpCalls());
        }
    }

    @Test
    void the_same_journal_in_any_order_gives_the_same_measurement() {
        for (long s = 0; s < CASES; s++) {
            long seed = s;
            Random random = new Random(seed);
            List<ProductionEvent> journal = RandomJournal.of(random, RandomJournal.TASKS);
            List<ProductionEvent> shuffled = new ArrayList<>(journal);
            Collections.shuffle(shuffled, random);

            assertThat(calculator.measure(WORKER, FROM, TO, shuffled)).as("seed %d", seed)
                    .isEqualTo(calculator.measure(WORKER, FROM, TO, journal));
        }
    }

    @Test
    void adding_rejects_never_raises_quality() {
        for (long s = 0; s < CASES; s++) {
            long seed = s;
            Random random = new Random(seed);
            List<ProductionEvent> journal = RandomJournal.of(random, RandomJournal.TASKS);
            List<ProductionEvent> withRejects = new ArrayList<>(journal);
            List<ProductionEvent> units = journal.stream().filter(e -> e.kind() == EventKind.UNIT).toList();
            for (int i = 0; i < 1 + random.nextInt(5) && !units.isEmpty(); i++) {
                ProductionEvent unit = units.get(random.nextInt(units.size()));
                withRejects.add(inserted(unit, EventKind.REJECT, unit.occurredAt(), unit.seq() + 1 + i, 1));
            }

            Map<Long, TaskMeasurement> before = byTask(calculator.measure(WORKER, FROM, TO, journal));
            Map<Long, TaskMeasurement> after = byTask(calculator.measure(WORKER, FROM, TO, withRejects));

            before.forEach((task, was) -> {
                TaskMeasurement now = after.get(task);
                notAbove(now.quality(), was.quality(), seed);
                for (int row = 0; row < was.byNorm().size(); row++) {
                    notAbove(now.byNorm().get(row).qualityFactor(), was.byNorm().get(row).qualityFactor(), seed);
                }
            });
        }
    }

    @Test
    void downtime_never_lowers_productivity_tempo_or_quality() {
        for (long s = 0; s < CASES; s++) {
            long seed = s;
            Random random = new Random(seed);
            List<ProductionEvent> journal = RandomJournal.of(random, RandomJournal.TASKS);
            List<ProductionEvent> withDowntime = withDowntime(journal, random);

            Measurement before = calculator.measure(WORKER, FROM, TO, journal);
            Measurement after = calculator.measure(WORKER, FROM, TO, withDowntime);

            notBelow(after.productivity(), before.productivity(), seed);
            Map<Long, TaskMeasurement> was = byTask(before);
            byTask(after).forEach((task, now) -> {
                notBelow(now.tempo(), was.get(task).tempo(), seed);
                assertThat(now.quality()).as("seed %d", seed).isEqualTo(was.get(task).quality());
            });
        }
    }

    @Test
    void downtime_never_lowers_the_wage_value_of_a_worker_on_one_task_below_norm_tempo() {
        int checked = 0;
        for (long s = 0; s < CASES; s++) {
            long seed = s;
            Random random = new Random(seed);
            List<ProductionEvent> journal = RandomJournal.of(random, List.of(2L));
            Measurement before = calculator.measure(WORKER, FROM, TO, journal);
            Measurement after = calculator.measure(WORKER, FROM, TO, withDowntime(journal, random));
            boolean belowNorm = after.mainTasks().stream().flatMap(t -> t.byNorm().stream())
                    .allMatch(r -> r.tempo() == null || r.tempo().compareTo(BigDecimal.ONE) < 0);
            if (before.wageValueSum() != null && after.wageValueSum() != null && belowNorm) {
                checked++;
                notBelow(after.wageValueSum(), before.wageValueSum(), seed);
            }
        }
        assertThat(checked).isGreaterThan(CASES / 4);
    }

    /** Per task and norm version: the additive counts. */
    private record Counts(TimeSpent time, long good, long rejects, long helpCalls) {
        Counts plus(Counts other) {
            return new Counts(time.plus(other.time), good + other.good, rejects + other.rejects,
                    helpCalls + other.helpCalls);
        }
    }

    private static Map<String, Counts> totals(Measurement m) {
        Map<String, Counts> rows = new HashMap<>();
        Stream.concat(m.mainTasks().stream(), m.otherTasks().stream()).forEach(task -> task.byNorm().forEach(row ->
                rows.put(task.taskId() + "/" + (row.norm() == null ? "-" : row.norm().version()),
                        new Counts(row.time(), row.good(), row.rejects(), row.helpCalls()))));
        return rows;
    }

    private static Map<String, Counts> plus(Map<String, Counts> a, Map<String, Counts> b) {
        Map<String, Counts> sum = new HashMap<>(a);
        b.forEach((key, counts) -> sum.merge(key, counts, Counts::plus));
        return sum;
    }

    private static Map<Long, TaskMeasurement> byTask(Measurement m) {
        Map<Long, TaskMeasurement> tasks = new HashMap<>();
        Stream.concat(m.mainTasks().stream(), m.otherTasks().stream()).forEach(t -> tasks.put(t.taskId(), t));
        return tasks;
    }

    /**
     * A stretch of downtime at the worker's station, placed between existing events in station
     * order, outside any downtime already registered and ending before the next one starts.
     */
    static List<ProductionEvent> withDowntime(List<ProductionEvent> journal, Random random) {
        List<Integer> calm = new ArrayList<>();
        boolean down = false;
        for (int i = 0; i < journal.size() - 1; i++) {
            EventKind kind = journal.get(i).kind();
            down = kind == EventKind.DOWNTIME_STARTED || (down && kind != EventKind.DOWNTIME_ENDED);
            if (!down) {
                calm.add(i);
            }
        }
        int start = calm.get(random.nextInt(calm.size()));
        int end = start;
        for (int step = random.nextInt(8); step > 0 && end + 2 < journal.size()
                && !journal.get(end + 1).kind().name().startsWith("DOWNTIME"); step--) {
            end++;
        }
        ProductionEvent first = journal.get(start);
        ProductionEvent last = journal.get(end);
        Instant from = between(first, journal.get(start + 1), random);
        Instant to = between(last, journal.get(end + 1), random);
        if (to.isBefore(from)) {
            to = from;
        }
        List<ProductionEvent> changed = new ArrayList<>(journal);
        changed.add(inserted(first, EventKind.DOWNTIME_STARTED, from, first.seq() + 1, 0));
        changed.add(inserted(last, EventKind.DOWNTIME_ENDED, to, last.seq() + 2, 0));
        return changed;
    }

    private static Instant between(ProductionEvent a, ProductionEvent b, Random random) {
        long gap = b.occurredAt().toEpochMilli() - a.occurredAt().toEpochMilli();
        return a.occurredAt().plusMillis(gap <= 0 ? 0 : (long) (random.nextDouble() * gap));
    }

    private static ProductionEvent inserted(ProductionEvent next, EventKind kind, Instant at, long seq, int quantity) {
        return new ProductionEvent(UUID.randomUUID(), next.station(), seq, kind, next.workerId(), next.taskId(),
                null, quantity, null, null, null, at, "test", 0, at);
    }

    private static void notAbove(BigDecimal now, BigDecimal was, long seed) {
        if (now != null && was != null) {
            assertThat(now).as("seed %d", seed).isLessThanOrEqualTo(was);
        }
    }

    private static void notBelow(BigDecimal now, BigDecimal was, long seed) {
        if (now != null && was != null) {
            assertThat(now).as("seed %d", seed).isGreaterThanOrEqualTo(was);
        }
    }
}
