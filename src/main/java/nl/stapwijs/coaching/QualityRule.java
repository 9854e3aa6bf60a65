package nl.stapwijs.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.stapwijs.coaching.TaskSessions.Session;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.wagevalue.Norms;
import nl.stapwijs.wagevalue.Roster;
import nl.stapwijs.wagevalue.TaskMeasurement;
import nl.stapwijs.wagevalue.WageValueCalculator;

/**
 * Quality that dropped with a new instruction version: before the worker's first session on the
 * task's newest version the usable share was at the norm's, since then it is clearly below it.
 * "Clearly" is a one-sided test on the reject count (two standard deviations above what the norm
 * expects, and at least two rejects more), so a few unlucky rejects are not news. It often says
 * more about the new version than about the worker.
 */
final class QualityRule {

    /** Fewer units than this on either side say nothing about a share. */
    static final int ENOUGH_UNITS = 40;
    /** How far back the new version may have come in, and how much of the old one is compared. */
    static final int WEEKS = 4;

    private final BiFunction<Long, Instant, Optional<BigDecimal>> qualityNorm;

    /** @param qualityNorm the norm's usable share for a task at a moment (Qnorm), if the task has a norm */
    QualityRule(BiFunction<Long, Instant, Optional<BigDecimal>> qualityNorm) {
        this.qualityNorm = qualityNorm;
    }

    private record Change(long taskId, long from, long to, Session first) {
    }

    private record Share(long good, long rejects) {
        long total() {
            return good + rejects;
        }

        double value() {
            return good / (double) total();
        }
    }

    List<Finding> find(WorkerWeek week) {
        List<Finding> findings = new ArrayList<>();
        WageValueCalculator calculator = new WageValueCalculator(new Norms(List.of()), new Roster(week.zone(), List.of()));
        for (Change change : changes(week)) {
            Instant since = change.first().start();
            Optional<BigDecimal> norm = qualityNorm.apply(change.taskId(), since);
            if (norm.isEmpty()) {
                continue;
            }
            double q = norm.get().doubleValue();
            Share before = share(calculator, week, change.taskId(), since.minus(Duration.ofDays(7L * WEEKS)), since);
            Share after = share(calculator, week, change.taskId(), since, week.end());
            if (before.total() < ENOUGH_UNITS || after.total() < ENOUGH_UNITS || clearlyBelow(before, q)
                    || !clearlyBelow(after, q)) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add(change.first().started().id().toString());
            rejectsSince(week, change.taskId(), since).limit(20).forEach(e -> evidence.add(e.id().toString()));
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("task", String.valueOf(change.taskId()));
            figures.put("versionId", String.valueOf(change.to()));
            figures.put("since", since.atZone(week.zone()).toLocalDate().toString());
            figures.put("beforeGood", String.valueOf(before.good()));
            figures.put("beforeRejects", String.valueOf(before.rejects()));
            figures.put("beforeQuality", percent(before.value()));
            figures.put("afterGood", String.valueOf(after.good()));
            figures.put("afterRejects", String.valueOf(after.rejects()));
            figures.put("afterQuality", percent(after.value()));
            figures.put("norm", percent(q));
            findings.add(new Finding(ObservationRule.QUALITY_BELOW_NORM,
                    "task:" + change.taskId() + ":version:" + change.to(), change.taskId(), figures, evidence));
        }
        return findings;
    }

    /** Per task, the move to its newest version, if that came in the last weeks and there was work on it this week. */
    private static List<Change> changes(WorkerWeek week) {
        Map<Long, List<Session>> byTask = new LinkedHashMap<>();
        TaskSessions.of(week.journal(), week.support()).stream()
                .filter(s -> s.versionId() != null && s.start().isBefore(week.end()))
                .forEach(s -> byTask.computeIfAbsent(s.taskId(), t -> new ArrayList<>()).add(s));
        List<Change> changes = new ArrayList<>();
        Instant earliest = week.start().minus(Duration.ofDays(7L * (WEEKS - 1)));
        byTask.forEach((task, sessions) -> {
            Session last = sessions.get(sessions.size() - 1);
            int first = sessions.size() - 1;
            while (first > 0 && sessions.get(first - 1).versionId().equals(last.versionId())) {
                first--;
            }
            if (first > 0 && !sessions.get(first).start().isBefore(earliest) && week.inWeek(last.start())) {
                changes.add(new Change(task, sessions.get(first - 1).versionId(), last.versionId(), sessions.get(first)));
            }
        });
        return changes;
    }

    /** Significantly more rejects than the norm expects: a one-sided test at about two standard deviations. */
    static boolean clearlyBelow(long good, long rejects, double qualityNorm) {
        long total = good + rejects;
        double expected = total * (1 - qualityNorm);
        double spread = Math.sqrt(total * qualityNorm * (1 - qualityNorm));
        return rejects >= expected + Math.max(2 * spread, 2);
    }

    private static boolean clearlyBelow(Share share, double qualityNorm) {
        return clearlyBelow(share.good(), share.rejects(), qualityNorm);
    }

    private static Share share(WageValueCalculator calculator, WorkerWeek week, long taskId, Instant from, Instant to) {
        var measured = calculator.measure(week.workerId(), from, to, week.journal());
        return Stream.concat(measured.mainTasks().stream(), measured.otherTasks().stream())
                .filter(t -> t.taskId() == taskId).findFirst()
                .map((TaskMeasurement t) -> new Share(t.good(), t.rejects())).orElse(new Share(0, 0));
    }

    private static Stream<ProductionEvent> rejectsSince(WorkerWeek week, long taskId, Instant since) {
        return week.journal().stream().filter(e -> e.kind() == EventKind.REJECT && e.taskId() != null
                && e.taskId() == taskId && !e.occurredAt().isBefore(since) && e.occurredAt().isBefore(week.end()));
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
