package nl.stapwijs.wagevalue;

import java.time.LocalDate;
import java.util.Set;

/**
 * What one local day adds to a worker's measurement for one task under one norm version: the
 * unit of the rollups. Days add up exactly (time is cut at midnight, counts belong to the day
 * they were registered), so a period's figures can be made from its days.
 *
 * @param taskId null for time outside any task (and for a day's flags alone)
 * @param normVersion 0 for time before the task had a norm
 * @param millis milliseconds per {@link Category}, in its order
 */
public record DayTally(LocalDate day, Long taskId, int normVersion, long[] millis, long good, long rejects,
        long helpCalls, Set<Flag> flags) {

    public DayTally {
        if (millis.length != Category.values().length) {
            throw new IllegalArgumentException("A day tally has one duration per time category");
        }
        flags = Set.copyOf(flags);
    }

    public long signedInMillis() {
        long total = 0;
        for (long ms : millis) {
            total += ms;
        }
        return total;
    }
}
