package nl.stapwijs.wagevalue;

import java.time.YearMonth;
import java.util.Set;

/**
 * What some days of one month add to a worker's measurement for one task under one norm version:
 * the sums of their {@link DayTally}s, and which of those days had time ({@code dayMask}, bit
 * {@code d - 1} for day {@code d}). A whole month of them is a second level of rollups.
 */
record MonthTally(YearMonth month, int dayMask, Long taskId, int normVersion, long[] millis, long good, long rejects,
        long helpCalls, Set<Flag> flags) {

    MonthTally {
        if (millis.length != Category.values().length) {
            throw new IllegalArgumentException("A month tally has one duration per time category");
        }
        flags = Set.copyOf(flags);
    }

    static MonthTally of(DayTally day) {
        int mask = day.signedInMillis() > 0 ? 1 << (day.day().getDayOfMonth() - 1) : 0;
        return new MonthTally(YearMonth.from(day.day()), mask, day.taskId(), day.normVersion(), day.millis(),
                day.good(), day.rejects(), day.helpCalls(), day.flags());
    }
}
