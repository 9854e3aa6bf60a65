package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns the replayed tallies into the measurement: main tasks, shares, figures, flags. */
final class MeasurementBuilder {

    private static final Duration THIN_PRODUCTIVE = Duration.ofHours(8);
    private static final int THIN_DAYS = 3;

    private final Map<Long, List<Tally>> byTask = new TreeMap<>();
    private final Map<Long, Duration> attributable = new LinkedHashMap<>();
    private final Tally outside;
    private final int workingDays;
    private final ZoneId zone;
    private final Set<Flag> flags;

    MeasurementBuilder(Ledger ledger, Set<Flag> replayFlags) {
        this(ledger.taskRows(), ledger.outside(), ledger.workingDays().size(), ledger.zone(), replayFlags);
    }

    private MeasurementBuilder(Collection<Tally> taskRows, Tally outside, int workingDays, ZoneId zone,
            Set<Flag> replayFlags) {
        this.outside = outside;
        this.workingDays = workingDays;
        this.zone = zone;
        this.flags = EnumSet.noneOf(Flag.class);
        this.flags.addAll(replayFlags);
        for (Tally row : taskRows) {
            byTask.computeIfAbsent(row.taskId, t -> new ArrayList<>()).add(row);
        }
        byTask.values().forEach(rows -> rows.sort(Comparator.comparing(
                (Tally r) -> r.norm == null ? Integer.MIN_VALUE : r.norm.version())));
        byTask.forEach((task, rows) -> attributable.put(task, timeOf(rows).attributable()));
    }

    /**
     * The measurement made from its days (the rollups): the same figures as replaying the
     * journal of the whole period, because each day's time and counts add up exactly.
     *
     * @param norms must hold every norm version the days name
     */
    static Measurement fromDays(long workerId, Instant from, Instant to, ZoneId zone, Norms norms,
            Collection<DayTally> days) {
        return fromMonths(workerId, from, to, zone, norms, days.stream().map(MonthTally::of).toList());
    }

    /** The same from month rollups and days, each given once: a day is in one month tally or none. */
    static Measurement fromMonths(long workerId, Instant from, Instant to, ZoneId zone, Norms norms,
            Collection<MonthTally> months) {
        Map<Long, Map<Integer, Tally>> rows = new HashMap<>();
        Tally outside = new Tally(null, null);
        DaySet working = new DaySet();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (MonthTally month : months) {
            flags.addAll(month.flags());
            working.addMonth(month.month(), month.dayMask());
            if (month.taskId() == null) {
                outside.absorb(month);
                continue;
            }
            Norm norm = month.normVersion() == 0 ? null : norms.version(month.taskId(), month.normVersion());
            rows.computeIfAbsent(month.taskId(), t -> new HashMap<>())
                    .computeIfAbsent(month.normVersion(), v -> new Tally(month.taskId(), norm)).absorb(month);
        }
        List<Tally> taskRows = rows.values().stream().flatMap(byVersion -> byVersion.values().stream()).toList();
        return new MeasurementBuilder(taskRows, outside, working.size(), zone, flags).build(workerId, from, to);
    }

    Measurement build(long workerId, Instant from, Instant to) {
        List<Long> candidates = MainTaskRule.candidates(attributable, workingDays);
        List<Long> main = candidates.subList(0, Math.min(MainTaskRule.MAXIMUM, candidates.size()));
        if (candidates.size() > MainTaskRule.MAXIMUM) {
            flags.add(Flag.MORE_THAN_FIVE_TASKS);
        }
        Duration shareBase = main.stream().flatMap(t -> byTask.get(t).stream())
                .filter(r -> r.norm != null).map(r -> r.time().attributable()).reduce(Duration.ZERO, Duration::plus);

        List<TaskMeasurement> mainTasks = new ArrayList<>();
        List<TaskMeasurement> otherTasks = new ArrayList<>();
        for (Map.Entry<Long, List<Tally>> task : byTask.entrySet()) {
            Set<Flag> taskFlags = EnumSet.noneOf(Flag.class);
            boolean isMain = main.contains(task.getKey());
            if (!isMain) {
                taskFlags.add(candidates.contains(task.getKey()) ? Flag.BEYOND_FIVE_MAIN_TASKS
                        : Flag.BELOW_MAIN_TASK_THRESHOLD);
            }
            TaskMeasurement measured = measure(task.getKey(), task.getValue(), isMain ? shareBase : null, taskFlags);
            (isMain ? mainTasks : otherTasks).add(measured);
            // A small side task is nearly always thin; only the main tasks' evidence carries the figure.
            flags.addAll(isMain ? taskFlags : taskFlags.stream().filter(f -> f != Flag.THIN_EVIDENCE).toList());
        }
        mainTasks.sort(Comparator.comparing((TaskMeasurement t) -> attributable.get(t.taskId())).reversed()
                .thenComparing(TaskMeasurement::taskId));

        BigDecimal sum = shareBase.isZero() ? null : mainTasks.stream().map(TaskMeasurement::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum == null) {
            flags.add(Flag.NO_MAIN_TASK);
        }
        if (workingDays < THIN_DAYS) {
            flags.add(Flag.THIN_EVIDENCE);
        }
        List<Tally> all = byTask.values().stream().flatMap(List::stream).toList();
        TimeSpent onTasks = timeOf(all);
        TimeSpent total = onTasks.plus(outside.time());
        return new Measurement(workerId, from, to, zone, WageValueFormula.VERSION,
                List.copyOf(mainTasks), List.copyOf(otherTasks), outside.time(), total,
                all.stream().mapToLong(r -> r.good).sum(), all.stream().mapToLong(r -> r.rejects).sum(),
                workingDays, productivity(all), sum, sum == null ? null : WageValueFormula.percent(sum),
                guidance(total, all), normsUsed(all), Collections.unmodifiableSet(flags));
    }

    private TaskMeasurement measure(long taskId, List<Tally> rows, Duration shareBase, Set<Flag> taskFlags) {
        List<NormedMeasurement> byNorm = rows.stream().map(r -> NormedFigures.of(r, shareBase)).toList();
        TimeSpent time = timeOf(rows);
        DaySet days = new DaySet();
        rows.forEach(r -> days.addAll(r.days()));
        if (time.productive().compareTo(THIN_PRODUCTIVE) < 0 || days.size() < THIN_DAYS) {
            taskFlags.add(Flag.THIN_EVIDENCE);
        }
        if (rows.stream().anyMatch(r -> r.norm == null)) {
            taskFlags.add(Flag.NO_NORM);
        }
        long good = rows.stream().mapToLong(r -> r.good).sum();
        long rejects = rows.stream().mapToLong(r -> r.rejects).sum();
        List<Tally> normed = rows.stream().filter(r -> r.norm != null).toList();
        BigDecimal tempo = WageValueFormula.tempo(
                normed.stream().map(r -> WageValueFormula.earnedSeconds(r.good + r.rejects, r.norm.secondsPerUnit()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                timeOf(normed).productive());
        return new TaskMeasurement(taskId, time, good, rejects, rows.stream().mapToLong(r -> r.helpCalls).sum(),
                days.size(), tempo, WageValueFormula.quality(good, good + rejects),
                shareBase == null ? null : sumOf(byNorm.stream().map(NormedMeasurement::share).toList()),
                shareBase == null ? null : sumOf(byNorm.stream().map(NormedMeasurement::contribution).toList()),
                byNorm, Collections.unmodifiableSet(taskFlags));
    }

    private static BigDecimal productivity(List<Tally> rows) {
        List<Tally> normed = rows.stream().filter(r -> r.norm != null).toList();
        Duration attributable = timeOf(normed).attributable();
        if (attributable.isZero()) {
            return null;
        }
        BigDecimal earned = normed.stream().map(r -> WageValueFormula.earnedSeconds(r.good, r.norm.secondsPerUnit()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return WageValueFormula.tempo(earned, attributable);
    }

    private GuidanceNeed guidance(TimeSpent total, List<Tally> rows) {
        long calls = rows.stream().mapToLong(r -> r.helpCalls).sum() + outside.helpCalls;
        long hourMs = Duration.ofHours(1).toMillis();
        long attributableMs = total.attributable().toMillis();
        return new GuidanceNeed(calls, WageValueFormula.ratio(calls * hourMs, attributableMs),
                WageValueFormula.ratio(total.help().toMillis() * 60, attributableMs),
                WageValueFormula.ratio(total.instruction().toMillis() * 60, attributableMs));
    }

    private static List<Norm> normsUsed(List<Tally> rows) {
        return rows.stream().map(r -> r.norm).filter(n -> n != null)
                .sorted(Comparator.comparingLong(Norm::taskId).thenComparingInt(Norm::version)).toList();
    }

    private static BigDecimal sumOf(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static TimeSpent timeOf(Collection<Tally> rows) {
        return rows.stream().map(Tally::time).reduce(TimeSpent.NONE, TimeSpent::plus);
    }
}
