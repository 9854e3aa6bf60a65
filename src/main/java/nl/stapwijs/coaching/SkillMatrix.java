package nl.stapwijs.coaching;

import java.util.List;
import java.util.Map;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Worker;

/** One team's skills matrix: its workers (those the viewer may see), its site's tasks, the current levels. */
public record SkillMatrix(Team team, List<Worker> workers, List<LocalizedTask> tasks,
        Map<Long, Map<Long, SkillRating>> levels) {
}
