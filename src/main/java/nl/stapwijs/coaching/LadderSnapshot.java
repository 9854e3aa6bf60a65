package nl.stapwijs.coaching;

import java.time.LocalDate;

/** Where a worker stood on the Participatieladder on a day, as the coach measured it. */
public record LadderSnapshot(long id, long workerId, Rung rung, LocalDate measuredOn, String note, String setBy) {
}
