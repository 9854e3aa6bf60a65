package nl.stapwijs.wagevalue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A {@link DayTally} as the rollup table holds it. */
public record DayRow(long workerId, String day, long taskId, int normVersion, long productiveMs, long rosteredBreakMs,
        long extraBreakMs, long helpMs, long instructionMs, long downtimeMs, long good, long rejects, long helpCalls,
        int flags) {

    static final long OUTSIDE_TASKS = -1;
    /** The rollup tables keep the flags as bits of one integer; RollupRepository ORs sixteen of them. */
    static final int FLAG_BITS = 16;

    static DayRow of(long workerId, DayTally t) {
        long[] ms = t.millis();
        int bits = 0;
        for (Flag flag : t.flags()) {
            bits |= 1 << flag.ordinal();
        }
        return new DayRow(workerId, t.day().toString(), t.taskId() == null ? OUTSIDE_TASKS : t.taskId(),
                t.normVersion(), ms[Category.PRODUCTIVE.ordinal()], ms[Category.ROSTERED_BREAK.ordinal()],
                ms[Category.EXTRA_BREAK.ordinal()], ms[Category.HELP.ordinal()], ms[Category.INSTRUCTION.ordinal()],
                ms[Category.DOWNTIME.ordinal()], t.good(), t.rejects(), t.helpCalls(), bits);
    }

    DayTally tally() {
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
        return new DayTally(LocalDate.parse(day), taskId == OUTSIDE_TASKS ? null : taskId, normVersion, ms, good,
                rejects, helpCalls, set);
    }
}
