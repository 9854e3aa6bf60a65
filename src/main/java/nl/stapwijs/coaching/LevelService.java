package nl.stapwijs.coaching;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import nl.stapwijs.workforce.Worker;
import org.springframework.stereotype.Service;

/**
 * Skill levels and support levels per worker and task. A level is always set by a person, the
 * worker's coach or a supervisor of their team, with date and name; every change is kept.
 */
@Service
public class LevelService {

    private final Database database;
    private final CoachingScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkforceService workforce;
    private final InstructionService instructions;

    public LevelService(Database database, CoachingScope scope, AuditLog audit, Clock clock, WorkforceService workforce,
            InstructionService instructions) {
        this.database = database;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.workforce = workforce;
        this.instructions = instructions;
    }

    /** The skills matrix of every team the viewer may see people of, with only those people in it. */
    public List<SkillMatrix> matrices(Viewer viewer) {
        if (!(viewer.is(Role.SUPERVISOR) || viewer.is(Role.COACH) || viewer.is(Role.ADMIN))) {
            return List.of();
        }
        List<Worker> visible = workforce.visibleWorkers(viewer);
        Map<Long, Map<Long, List<SkillRating>>> history = skillHistory(visible.stream().map(Worker::id).toList());
        List<SkillMatrix> matrices = new java.util.ArrayList<>();
        for (Team team : workforce.teams()) {
            List<Worker> members = visible.stream().filter(w -> w.teamId() == team.id()).toList();
            if (members.isEmpty()) {
                continue;
            }
            Map<Long, Map<Long, SkillRating>> levels = new LinkedHashMap<>();
            members.forEach(w -> levels.put(w.id(), current(history.getOrDefault(w.id(), Map.of()))));
            List<nl.stapwijs.instruction.LocalizedTask> tasks = instructions.tasks().stream()
                    .filter(t -> t.siteId() == team.siteId())
                    .map(t -> instructions.task(t.id(), "nl").orElseThrow()).toList();
            matrices.add(new SkillMatrix(team, members, tasks, levels));
            members.forEach(w -> audit.record(viewer.username(), AuditAction.READ, "DEVELOPMENT_LOG", w.id(), "skills matrix"));
        }
        return matrices;
    }

    public void setSkill(Viewer viewer, long workerId, long taskId, SkillLevel level, String note) {
        Worker worker = scope.coachOrSupervisorOf(viewer, workerId);
        database.writeVoid(tx -> tx.attach(LevelRepository.class)
                .insertSkill(worker.id(), taskId, level.number(), viewer.username(), clock.millis(), blankToNull(note)));
        audit.record(viewer.username(), AuditAction.CHANGE, "DEVELOPMENT_LOG", worker.id(),
                "skill level task " + taskId + " → " + level.number());
    }

    /** The station follows the new level from the worker's next task start (offline stations after their next sync). */
    public void setSupport(Viewer viewer, long workerId, long taskId, SupportLevel level, String note) {
        Worker worker = scope.coachOrSupervisorOf(viewer, workerId);
        database.writeVoid(tx -> {
            LevelRepository repository = tx.attach(LevelRepository.class);
            repository.insertSupportChange(worker.id(), taskId, level.number(), viewer.username(), clock.millis(),
                    blankToNull(note));
            repository.putSupport(worker.id(), taskId, level.number());
        });
        audit.record(viewer.username(), AuditAction.CHANGE, "DEVELOPMENT_LOG", worker.id(),
                "support level task " + taskId + " → " + level.number());
    }

    /** Every skill rating of these workers per worker and task, oldest first; the last is the current level. */
    public Map<Long, Map<Long, List<SkillRating>>> skillHistory(Collection<Long> workers) {
        Map<Long, Map<Long, List<SkillRating>>> history = new LinkedHashMap<>();
        if (workers.isEmpty()) {
            return history;
        }
        database.onReader(LevelRepository.class).skills(workers).forEach(row -> history
                .computeIfAbsent(row.workerId(), w -> new LinkedHashMap<>())
                .computeIfAbsent(row.taskId(), t -> new java.util.ArrayList<>())
                .add(new SkillRating(row.workerId(), row.taskId(), SkillLevel.of(row.level()), row.setBy(),
                        Instant.ofEpochMilli(row.setAt()), row.note())));
        return history;
    }

    List<SupportChange> supportHistory(long workerId) {
        return database.onReader(LevelRepository.class).supportChanges(List.of(workerId)).stream()
                .map(row -> new SupportChange(row.workerId(), row.taskId(), SupportLevel.of(row.level()), row.setBy(),
                        Instant.ofEpochMilli(row.setAt()), row.note()))
                .toList();
    }

    /** The current skill rating of each task, for every worker given. */
    static Map<Long, SkillRating> current(Map<Long, List<SkillRating>> history) {
        Map<Long, SkillRating> current = new LinkedHashMap<>();
        history.forEach((task, ratings) -> current.put(task, ratings.get(ratings.size() - 1)));
        return current;
    }

    static Optional<SupportLevel> current(List<SupportChange> history, long taskId) {
        return history.stream().filter(c -> c.taskId() == taskId).reduce((a, b) -> b).map(SupportChange::level);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
