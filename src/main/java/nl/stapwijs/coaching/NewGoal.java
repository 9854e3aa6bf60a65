package nl.stapwijs.coaching;

import java.time.LocalDate;
import java.util.List;

/** What a coach writes down for a new goal. */
public record NewGoal(String text, LocalDate targetDate, List<Long> taskIds, List<Tag> skills) {

    public NewGoal {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A goal needs words");
        }
        if (taskIds.isEmpty() && skills.isEmpty()) {
            throw new IllegalArgumentException("A goal is linked to at least one task or skill");
        }
        text = text.strip();
        taskIds = List.copyOf(taskIds);
        skills = List.copyOf(skills);
    }
}
