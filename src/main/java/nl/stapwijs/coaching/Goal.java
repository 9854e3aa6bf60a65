package nl.stapwijs.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A goal of a worker's development plan, in plain language ("Ik vouw dozen zonder hulp").
 *
 * @param taskIds the tasks the goal is about, if any
 * @param skills  the development areas it is about, if any
 */
public record Goal(long id, long workerId, String text, LocalDate targetDate, GoalStatus status, LocalDate reachedOn,
        List<Long> taskIds, List<Tag> skills, String createdBy, Instant createdAt) {

    public boolean overdue(LocalDate today) {
        return status == GoalStatus.OPEN && targetDate != null && targetDate.isBefore(today);
    }
}
