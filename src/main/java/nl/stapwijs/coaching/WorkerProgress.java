package nl.stapwijs.coaching;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A worker's own progress as their station shows it: goals, tasks learned, days worked and the
 * notes shared with them. Words and pictures only: no percentage, no norm, nobody else.
 */
public record WorkerProgress(
        List<GoalLine> reached,
        List<GoalLine> workingOn,
        List<TaskLine> learned,
        YearMonth month,
        int daysWorked,
        List<NoteLine> notes) {

    /** @param picture a pictogram reference: the goal's task, its skill, or a target */
    public record GoalLine(String text, String picture, LocalDate reachedOn) {
    }

    /** @param isNew learned in the last three months */
    public record TaskLine(long taskId, String name, String picture, SkillLevel level, boolean isNew) {
    }

    /**
     * @param photos files in the photo store, shown only because the note is shared with the worker
     * @param audio  the words read aloud (a {@code media:} file), or null while no voice has spoken them
     */
    public record NoteLine(LocalDate writtenOn, String text, List<String> pictures, List<String> photos, String audio) {
    }

    public boolean isEmpty() {
        return reached.isEmpty() && workingOn.isEmpty() && learned.isEmpty() && daysWorked == 0 && notes.isEmpty();
    }
}
