package nl.stapwijs.wagevalue;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/** A {@link MonthTally} as the rollup tables give it: a month row, or a month's days summed on reading. */
public record MonthRow(long workerId, String month, long taskId, int normVersion, long productiveMs,
        long rosteredBreakMs, long extraBreakMs, long helpMs, long instructionMs, long downtimeMs, long good,
        long rejects, long helpCalls, int dayMask, int flags) {

    MonthTally tally() {
        long[] ms = new long[Category.values().length];
        ms[Category.PRODUCTIVE.ordinal()] = productiveMs;
        ms[Category.ROSTERED_BREAK.ordinal()] = rosteredBreakMs;
        ms[Category.EXTRA_BREAK.ordinal()] = extraBreakMs;
        ms[Category.HELP.ordinal()] = helpMs;
        ms[Category.INSTRUCTION.ordinal()] = instructionMs;
        ms[Category.DOWNTIME.ordinal()] = downtimeMs;
        Set<Flag> set = EnumSet.noneOf(Flag.class);
        for (Flag flag : Flag.values()) {
            if ((flags & (1 << flag.ordinal())) != 0) {
                set.add(flag);
            }
        }
        return new MonthTally(YearMonth.parse(month), dayMask, taskId == DayRow.OUTSIDE_TASKS ? null : taskId,
                normVersion, ms, good, rejects, helpCalls, set);
    }
}
