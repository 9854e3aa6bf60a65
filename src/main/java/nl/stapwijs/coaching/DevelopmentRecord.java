package nl.stapwijs.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.stapwijs.workforce.Worker;

/**
 * A worker's development log as one viewer may see it: entries already filtered by visibility,
 * observations only for coaches.
 *
 * @param skills      per task, every rating oldest first (the last is the current level)
 * @param support     per task, every support change oldest first
 * @param evidence    per task, the last weeks' production beside the levels
 * @param nextReview  when the next review is due by the company's cycle
 * @param mayChange   whether this viewer may change the plan (the worker's coach)
 * @param maySetLevels whether this viewer may set skill and support levels
 */
public record DevelopmentRecord(
        Worker worker,
        List<Goal> goals,
        List<LogEntry> entries,
        List<Review> reviews,
        List<LadderSnapshot> ladder,
        List<Placement> placements,
        Map<Long, List<SkillRating>> skills,
        Map<Long, List<SupportChange>> support,
        List<Observation> observations,
        Map<Long, TaskEvidence> evidence,
        LocalDate nextReview,
        boolean mayChange,
        boolean maySetLevels) {

    public SkillLevel skill(long taskId) {
        List<SkillRating> ratings = skills.get(taskId);
        return ratings == null ? SkillLevel.NOT_TRAINED : ratings.get(ratings.size() - 1).level();
    }

    public SupportLevel supportLevel(long taskId) {
        List<SupportChange> changes = support.get(taskId);
        return changes == null ? SupportLevel.DEFAULT : changes.get(changes.size() - 1).level();
    }
}
