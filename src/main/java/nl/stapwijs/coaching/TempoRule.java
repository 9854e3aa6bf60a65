package nl.stapwijs.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.stapwijs.wagevalue.Measurement;
import nl.stapwijs.wagevalue.Norms;
import nl.stapwijs.wagevalue.Roster;
import nl.stapwijs.wagevalue.TaskMeasurement;
import nl.stapwijs.wagevalue.WageValueCalculator;

/**
 * Tempo on a task, compared with itself: units made per productive hour this week against the
 * earliest of the three weeks before that has enough hours to say something. No norm is needed;
 * productive time is the wage-value calculator's (breaks, help, steps and downtime left out).
 */
final class TempoRule {

    /** A change smaller than this is weekly noise, not a trend. */
    static final double THRESHOLD = 0.10;
    /** Fewer productive hours than this in a week carry no tempo. */
    static final Duration ENOUGH = Duration.ofHours(4);

    private final WageValueCalculator calculator;

    TempoRule(WorkerWeek week) {
        this.calculator = new WageValueCalculator(new Norms(List.of()), new Roster(week.zone(), List.of()));
    }

    private record Rate(long produced, Duration productive) {
        double perHour() {
            return produced * 3_600_000.0 / productive.toMillis();
        }
    }

    List<Finding> find(WorkerWeek week) {
        Map<Long, Rate> now = rates(week, week.monday());
        List<Finding> findings = new ArrayList<>();
        now.forEach((task, after) -> {
            for (int back = 3; back >= 1; back--) {
                Rate before = rates(week, week.monday().minusWeeks(back)).get(task);
                if (before != null) {
                    double change = after.perHour() / before.perHour() - 1;
                    if (Math.abs(change) >= THRESHOLD) {
                        findings.add(finding(task, change, back + 1, before, after));
                    }
                    return;
                }
            }
        });
        return findings;
    }

    private Map<Long, Rate> rates(WorkerWeek week, LocalDate monday) {
        Measurement measured = calculator.measure(week.workerId(), week.start(monday), week.start(monday.plusWeeks(1)),
                week.journal());
        Map<Long, Rate> rates = new HashMap<>();
        Stream.concat(measured.mainTasks().stream(), measured.otherTasks().stream()).forEach((TaskMeasurement t) -> {
            Duration productive = t.time().productive();
            if (productive.compareTo(ENOUGH) >= 0 && t.good() + t.rejects() > 0) {
                rates.put(t.taskId(), new Rate(t.good() + t.rejects(), productive));
            }
        });
        return rates;
    }

    private static Finding finding(long task, double change, int weeks, Rate before, Rate after) {
        ObservationRule rule = change > 0 ? ObservationRule.TEMPO_UP : ObservationRule.TEMPO_DOWN;
        return new Finding(rule, "task:" + task, task, Map.of(
                "task", String.valueOf(task),
                "percent", String.valueOf(Math.round(Math.abs(change) * 100)),
                "weeks", String.valueOf(weeks),
                "beforePerHour", oneDecimal(before.perHour()),
                "afterPerHour", oneDecimal(after.perHour()),
                "beforeUnits", String.valueOf(before.produced()),
                "beforeHours", oneDecimal(before.productive().toMillis() / 3_600_000.0),
                "afterUnits", String.valueOf(after.produced()),
                "afterHours", oneDecimal(after.productive().toMillis() / 3_600_000.0)), List.of());
    }

    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
