package nl.stapwijs.coaching;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.production.Journal;
import nl.stapwijs.wagevalue.Norm;
import nl.stapwijs.wagevalue.NormService;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Observations from production: the rules run over each worker's week and what they find is
 * stored once per worker, week, rule and subject, for the coach to accept or dismiss. Nothing
 * is ever changed because of an observation; a person decides.
 */
@Service
public class ObservationService {

    /** A decided suggestion stays quiet this long before the same rule may raise it again. */
    static final int QUIET_WEEKS_AFTER_DECISION = 4;

    private final Database database;
    private final Journal journal;
    private final WorkforceService workforce;
    private final LevelService levels;
    private final NormService norms;
    private final CoachingScope scope;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final JsonMapper json = JsonMapper.builder().build();

    public ObservationService(Database database, Journal journal, WorkforceService workforce, LevelService levels,
            NormService norms, CoachingScope scope, AuditLog audit, Clock clock, StapwijsProperties properties) {
        this.database = database;
        this.journal = journal;
        this.workforce = workforce;
        this.levels = levels;
        this.norms = norms;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** The Monday of the week a moment falls in, in the company's zone. */
    public LocalDate weekOf(Instant moment) {
        return moment.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Runs every rule for every active worker over one week; returns how many observations are new. */
    public int generate(LocalDate monday) {
        int added = 0;
        for (Worker worker : workforce.activeWorkers()) {
            added += generate(worker.id(), monday);
        }
        return added;
    }

    /** On demand, for a coach: this week so far and the week before, for one worker of their caseload. */
    public int generateNow(Viewer viewer, long workerId) {
        scope.coachOf(viewer, workerId);
        LocalDate thisWeek = weekOf(clock.instant());
        return generate(workerId, thisWeek.minusWeeks(1)) + generate(workerId, thisWeek);
    }

    int generate(long workerId, LocalDate monday) {
        Instant from = monday.minusWeeks(WorkerWeek.WEEKS_BACK).atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).plusDays(1).atStartOfDay(zone).toInstant();
        WorkerWeek week = new WorkerWeek(workerId, monday, zone, journal.ofWorker(workerId, from, to),
                new SupportHistory(levels.supportHistory(workerId)));
        List<Finding> findings = new ArrayList<>();
        findings.addAll(new TempoRule(week).find(week));
        findings.addAll(new SupportRule().find(week));
        findings.addAll(new StepHelpRule().find(week));
        findings.addAll(new QualityRule((task, at) -> norms.inForce(task, at).map(Norm::qualityNorm)).find(week));
        int added = 0;
        for (Finding finding : findings) {
            if (!quiet(workerId, finding, monday)) {
                String figures = json.writeValueAsString(Map.of("figures", finding.figures(), "evidence", finding.evidence()));
                added += database.write(tx -> tx.attach(ObservationRepository.class).insert(workerId, monday.toString(),
                        finding.rule().name(), finding.subject(), finding.taskId(), figures, clock.millis()));
            }
        }
        return added;
    }

    /**
     * Not again while the same suggestion is still open, nor in the weeks after the coach decided
     * on it: a trend that holds for weeks is one suggestion, not one every Monday.
     */
    private boolean quiet(long workerId, Finding finding, LocalDate monday) {
        return database.onReader(ObservationRepository.class).same(workerId, finding.rule().name(), finding.subject())
                .stream().anyMatch(o -> !o.week().equals(monday.toString()) && (o.status() == ObservationStatus.OPEN
                        || !LocalDate.parse(o.week()).plusWeeks(QUIET_WEEKS_AFTER_DECISION).isBefore(monday)));
    }

    /** Observations of a worker, for their coach only. */
    public List<Observation> of(Viewer viewer, long workerId) {
        if (scope.readable(viewer, workerId).isEmpty() || !scope.mayChangePlan(viewer) && !viewer.is(nl.stapwijs.workforce.Role.ADMIN)) {
            return List.of();
        }
        return rows(List.of(workerId));
    }

    List<Observation> rows(List<Long> workers) {
        return database.onReader(ObservationRepository.class).ofWorkers(workers).stream().map(this::observation).toList();
    }

    public void accept(Viewer viewer, long observationId) {
        decide(viewer, observationId, ObservationStatus.ACCEPTED);
    }

    public void dismiss(Viewer viewer, long observationId) {
        decide(viewer, observationId, ObservationStatus.DISMISSED);
    }

    private void decide(Viewer viewer, long observationId, ObservationStatus status) {
        ObservationRepository.ObservationRow row = database.onReader(ObservationRepository.class).byId(observationId)
                .orElseThrow(() -> new IllegalArgumentException("No such observation"));
        scope.coachOf(viewer, row.workerId());
        database.write(tx -> tx.attach(ObservationRepository.class).decide(observationId, status.name(),
                viewer.username(), clock.millis()));
        audit.record(viewer.username(), AuditAction.CHANGE, "DEVELOPMENT_LOG", row.workerId(),
                "observation " + row.rule() + " " + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private Observation observation(ObservationRepository.ObservationRow row) {
        Map<String, Object> stored = json.readValue(row.figures(), new TypeReference<Map<String, Object>>() { });
        return new Observation(row.id(), row.workerId(), LocalDate.parse(row.week()), row.rule(), row.subject(),
                row.taskId(), (Map<String, String>) stored.get("figures"), (List<String>) stored.get("evidence"),
                row.status(), row.decidedBy(), row.decidedAt() == null ? null : Instant.ofEpochMilli(row.decidedAt()));
    }
}
