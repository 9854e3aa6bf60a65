package nl.stapwijs.coaching;

import java.time.Instant;

/** A skill level a person set for a worker and task, with when and who. */
public record SkillRating(long workerId, long taskId, SkillLevel level, String setBy, Instant setAt, String note) {
}
