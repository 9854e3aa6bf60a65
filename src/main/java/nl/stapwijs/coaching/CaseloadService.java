package nl.stapwijs.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/** A coach's caseload at a glance: for each worker the last review, open goals, support levels and signals. */
@Service
public class CaseloadService {

    /** The Participatieladder is measured at least twice a year. */
    static final int LADDER_MONTHS = 6;

    private final Database database;
    private final WorkforceService workforce;
    private final CoachingService coaching;
    private final LevelService levels;
    private final ObservationService observations;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public CaseloadService(Database database, WorkforceService workforce, CoachingService coaching, LevelService levels,
            ObservationService observations, AuditLog audit, Clock clock, StapwijsProperties properties) {
        this.database = database;
        this.workforce = workforce;
        this.coaching = coaching;
        this.levels = levels;
        this.observations = observations;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** A coach's own caseload; an admin sees every worker; anyone else nobody. */
    public List<CaseloadRow> caseload(Viewer viewer) {
        if (!viewer.is(Role.COACH) && !viewer.is(Role.ADMIN)) {
            return List.of();
        }
        List<Worker> workers = workforce.visibleWorkers(viewer);
        if (workers.isEmpty()) {
            return List.of();
        }
        List<Long> ids = workers.stream().map(Worker::id).toList();
        PlanRepository plan = database.onReader(PlanRepository.class);
        Map<Long, List<Goal>> goals = PlanRows.goals(plan::links, plan.goals(ids)).stream()
                .collect(Collectors.groupingBy(Goal::workerId));
        Map<Long, List<Review>> reviews = PlanRows.reviews(plan.reviews(ids)).stream()
                .collect(Collectors.groupingBy(Review::workerId));
        Map<Long, LocalDate> ladder = new LinkedHashMap<>();
        PlanRows.ladder(plan.ladder(ids)).forEach(s -> ladder.putIfAbsent(s.workerId(), s.measuredOn()));
        Map<Long, Long> open = observations.rows(ids).stream().filter(o -> o.status() == ObservationStatus.OPEN)
                .collect(Collectors.groupingBy(Observation::workerId, Collectors.counting()));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<CaseloadRow> rows = new ArrayList<>();
        for (Worker worker : workers) {
            List<Review> own = reviews.getOrDefault(worker.id(), List.of());
            List<Goal> mine = goals.getOrDefault(worker.id(), List.of());
            int openGoals = (int) mine.stream().filter(g -> g.status() == GoalStatus.OPEN).count();
            Map<Long, SupportLevel> support = new LinkedHashMap<>();
            levels.supportHistory(worker.id()).forEach(c -> support.put(c.taskId(), c.level()));
            LocalDate nextReview = coaching.nextReview(own);
            LocalDate lastLadder = ladder.get(worker.id());
            int waiting = open.getOrDefault(worker.id(), 0L).intValue();
            List<CaseloadRow.Signal> signals = new ArrayList<>();
            if (!nextReview.isAfter(today)) {
                signals.add(CaseloadRow.Signal.REVIEW_DUE);
            }
            if (lastLadder == null || lastLadder.isBefore(today.minusMonths(LADDER_MONTHS))) {
                signals.add(CaseloadRow.Signal.LADDER_DUE);
            }
            if (waiting > 0) {
                signals.add(CaseloadRow.Signal.OBSERVATIONS);
            }
            if (mine.stream().anyMatch(g -> g.overdue(today))) {
                signals.add(CaseloadRow.Signal.GOAL_OVERDUE);
            }
            if (openGoals == 0) {
                signals.add(CaseloadRow.Signal.NO_GOAL);
            }
            rows.add(new CaseloadRow(worker, own.isEmpty() ? null : own.get(0).heldOn(), nextReview, openGoals, support,
                    waiting, lastLadder, signals));
            audit.record(viewer.username(), AuditAction.READ, "DEVELOPMENT_LOG", worker.id(), "caseload overview");
        }
        return rows;
    }
}
