package nl.stapwijs.coaching;

import java.time.Instant;

/** A support level a person set for a worker and task, with when and who. */
public record SupportChange(long workerId, long taskId, SupportLevel level, String setBy, Instant setAt, String note) {
}
