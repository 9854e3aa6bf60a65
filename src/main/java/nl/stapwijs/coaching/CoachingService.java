package nl.stapwijs.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.production.Journal;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import org.springframework.stereotype.Service;

/**
 * A worker's development log and plan: goals, reviews on the company's cycle, Participatieladder
 * snapshots and placements. Reading it is audited; only the worker's own coach changes the plan.
 */
@Service
public class CoachingService {

    public static final String REVIEW_CYCLE_MONTHS = "coaching.review-cycle-months";

    private final Database database;
    private final CoachingScope scope;
    private final LogService log;
    private final LevelService levels;
    private final ObservationService observations;
    private final Settings settings;
    private final Journal journal;
    private final nl.stapwijs.workforce.WorkforceService workforce;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public CoachingService(Database database, CoachingScope scope, LogService log, LevelService levels,
            ObservationService observations, Settings settings, Journal journal,
            nl.stapwijs.workforce.WorkforceService workforce, AuditLog audit, Clock clock, StapwijsProperties properties) {
        this.database = database;
        this.scope = scope;
        this.log = log;
        this.levels = levels;
        this.observations = observations;
        this.settings = settings;
        this.journal = journal;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** The whole log as this viewer may see it, or nothing when the worker is outside their scope. */
    public Optional<DevelopmentRecord> record(Viewer viewer, long workerId) {
        Optional<Worker> found = scope.readable(viewer, workerId);
        found.ifPresent(w -> audit.record(viewer.username(), AuditAction.READ, "DEVELOPMENT_LOG", w.id(), null));
        return found.map(worker -> {
            List<Long> ids = List.of(worker.id());
            boolean coach = scope.mayChangePlan(viewer) || viewer.is(Role.ADMIN);
            Map<Long, List<SupportChange>> support = new LinkedHashMap<>();
            levels.supportHistory(worker.id()).forEach(c -> support.computeIfAbsent(c.taskId(), t -> new ArrayList<>()).add(c));
            List<Review> reviews = PlanRows.reviews(repository().reviews(ids));
            return new DevelopmentRecord(worker, PlanRows.goals(repository()::links, repository().goals(ids)),
                    log.entries(ids, scope.reads(viewer)), coach ? reviews : List.of(),
                    coach ? PlanRows.ladder(repository().ladder(ids)) : List.of(),
                    coach ? PlanRows.placements(repository().placements(ids)) : List.of(),
                    levels.skillHistory(ids).getOrDefault(worker.id(), Map.of()), support,
                    coach ? observations.rows(ids) : List.of(), evidence(worker.id()), nextReview(reviews),
                    scope.mayChangePlan(viewer), scope.maySetLevels(viewer));
        });
    }

    private Map<Long, TaskEvidence> evidence(long workerId) {
        java.time.Instant now = clock.instant();
        List<nl.stapwijs.production.ProductionEvent> events = new ArrayList<>(
                journal.ofWorker(workerId, now.minus(java.time.Duration.ofDays(7L * TaskEvidence.WEEKS)), now));
        return TaskEvidence.of(events);
    }

    /** The site a worker works at (their team's), for the tasks a development log can be about. */
    public long siteOf(Worker worker) {
        return workforce.teams().stream().filter(t -> t.id() == worker.teamId()).findFirst().orElseThrow().siteId();
    }

    /** A worker's goals without a viewer: for the worker's own screen and the review document only. */
    List<Goal> goalsOf(long workerId) {
        return PlanRows.goals(repository()::links, repository().goals(List.of(workerId)));
    }

    public int reviewCycleMonths() {
        return settings.integer(REVIEW_CYCLE_MONTHS, 3);
    }

    public void setReviewCycleMonths(Viewer admin, int months) {
        if (!admin.is(Role.ADMIN)) {
            throw new SecurityException("Only an administrator sets the review cycle");
        }
        if (months < 1 || months > 24) {
            throw new IllegalArgumentException("A review cycle is 1 to 24 months");
        }
        settings.put(REVIEW_CYCLE_MONTHS, String.valueOf(months));
    }

    /** The last review plus the cycle; without any review, due now. */
    LocalDate nextReview(List<Review> newestFirst) {
        return newestFirst.isEmpty() ? today() : newestFirst.get(0).heldOn().plusMonths(reviewCycleMonths());
    }

    public long addGoal(Viewer viewer, long workerId, NewGoal goal) {
        Worker worker = scope.coachOf(viewer, workerId);
        long id = database.write(tx -> {
            PlanRepository plan = tx.attach(PlanRepository.class);
            long goalId = plan.insertGoal(worker.id(), goal.text(),
                    goal.targetDate() == null ? null : goal.targetDate().toString(), viewer.username(), clock.millis());
            goal.taskIds().forEach(task -> plan.insertLink(goalId, task, null));
            goal.skills().forEach(skill -> plan.insertLink(goalId, null, skill.name()));
            return goalId;
        });
        changed(viewer, worker, "goal " + id + " added");
        return id;
    }

    public void setGoalStatus(Viewer viewer, long workerId, long goalId, GoalStatus status) {
        Worker worker = scope.coachOf(viewer, workerId);
        String reached = status == GoalStatus.REACHED ? today().toString() : null;
        int changed = database.write(tx -> tx.attach(PlanRepository.class)
                .setGoalStatus(goalId, worker.id(), status.name(), reached, clock.millis()));
        if (changed == 0) {
            throw new IllegalArgumentException("No such goal for this worker");
        }
        changed(viewer, worker, "goal " + goalId + " " + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    public long addReview(Viewer viewer, long workerId, LocalDate heldOn, String summary, String agreements) {
        Worker worker = scope.coachOf(viewer, workerId);
        long id = database.write(tx -> tx.attach(PlanRepository.class).insertReview(worker.id(), heldOn.toString(),
                summary == null ? "" : summary.strip(), agreements == null ? "" : agreements.strip(),
                viewer.username(), clock.millis()));
        changed(viewer, worker, "review " + heldOn);
        return id;
    }

    public long addLadderSnapshot(Viewer viewer, long workerId, Rung rung, LocalDate measuredOn, String note) {
        Worker worker = scope.coachOf(viewer, workerId);
        long id = database.write(tx -> tx.attach(PlanRepository.class).insertLadder(worker.id(), rung.number(),
                measuredOn.toString(), note == null || note.isBlank() ? null : note.strip(), viewer.username(),
                clock.millis()));
        changed(viewer, worker, "ladder rung " + rung.number() + " on " + measuredOn);
        return id;
    }

    public long addPlacement(Viewer viewer, long workerId, PlacementKind kind, String employer, LocalDate startedOn,
            LocalDate endedOn) {
        Worker worker = scope.coachOf(viewer, workerId);
        if (employer == null || employer.isBlank()) {
            throw new IllegalArgumentException("A placement names the employer");
        }
        long id = database.write(tx -> tx.attach(PlanRepository.class).insertPlacement(worker.id(), kind.name(),
                employer.strip(), startedOn.toString(), endedOn == null ? null : endedOn.toString(), viewer.username(),
                clock.millis()));
        changed(viewer, worker, "placement " + kind.name().toLowerCase(java.util.Locale.ROOT));
        return id;
    }

    public void endPlacement(Viewer viewer, long workerId, long placementId, LocalDate endedOn) {
        Worker worker = scope.coachOf(viewer, workerId);
        int changed = database.write(tx -> tx.attach(PlanRepository.class).endPlacement(placementId, worker.id(),
                endedOn.toString()));
        if (changed == 0) {
            throw new IllegalArgumentException("No such placement for this worker");
        }
        changed(viewer, worker, "placement " + placementId + " ended on " + endedOn);
    }

    private void changed(Viewer viewer, Worker worker, String detail) {
        audit.record(viewer.username(), AuditAction.CHANGE, "DEVELOPMENT_LOG", worker.id(), detail);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private PlanRepository repository() {
        return database.onReader(PlanRepository.class);
    }
}
