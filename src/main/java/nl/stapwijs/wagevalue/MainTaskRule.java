package nl.stapwijs.wagevalue;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which tasks are main tasks (hoofdtaken): at least 1/16 of the working time and at least 30
 * minutes per working day, both measured in attributable time over the period; at most five,
 * the largest first.
 */
final class MainTaskRule {

    static final int MAXIMUM = 5;
    private static final Duration PER_WORKING_DAY = Duration.ofMinutes(30);

    private MainTaskRule() {
    }

    static boolean meetsThreshold(Duration task, Duration allTasks, int workingDays) {
        long ms = task.toMillis();
        return ms > 0 && 16 * ms >= allTasks.toMillis() && ms >= workingDays * PER_WORKING_DAY.toMillis();
    }

    /** Those meeting the threshold, largest attributable time first, ties by task id. */
    static List<Long> candidates(Map<Long, Duration> attributableByTask, int workingDays) {
        Duration all = attributableByTask.values().stream().reduce(Duration.ZERO, Duration::plus);
        return attributableByTask.entrySet().stream()
                .filter(e -> meetsThreshold(e.getValue(), all, workingDays))
                .sorted(Map.Entry.<Long, Duration>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
