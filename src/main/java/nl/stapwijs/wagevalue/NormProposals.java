package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.production.Journal;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/**
 * Proposes a task's norm from the history of regular workers (scheme OTHER: outside the target
 * group, the normfunctie's people). The supervisor chooses the sample among the workers they may
 * see; each sampled worker's figures are read, so each is audited.
 */
@Service
public class NormProposals {

    private final Journal journal;
    private final WorkforceService workforce;
    private final RosterService rosters;
    private final AuditLog audit;
    private final Clock clock;
    private final java.time.ZoneId zone;

    public NormProposals(Journal journal, WorkforceService workforce, RosterService rosters, AuditLog audit, Clock clock,
            StapwijsProperties properties) {
        this.journal = journal;
        this.workforce = workforce;
        this.rosters = rosters;
        this.audit = audit;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** The workers a norm is normally proposed from: regular colleagues the viewer may see. */
    public List<Worker> regularWorkers(Viewer viewer) {
        return workforce.visibleWorkers(viewer).stream().filter(w -> w.scheme() == Scheme.OTHER).toList();
    }

    /** Anyone the viewer may see can be sampled where the company has no regular workers registered. */
    public List<Worker> sampleCandidates(Viewer viewer) {
        return workforce.visibleWorkers(viewer);
    }

    public NormProposal propose(Viewer viewer, long taskId, Set<Long> workerIds, Period period) {
        // A placeholder norm of one second per unit with no allowance: the calculator's time
        // categories for the task, without any real norm deciding what they are.
        Norm placeholder = new Norm(taskId, 1, BigDecimal.ONE, "", BigDecimal.ONE, BigDecimal.ZERO,
                NormMethod.HISTORICAL, "", Instant.EPOCH, Instant.EPOCH, 0);
        List<NormProposal.Sample> sample = new ArrayList<>();
        for (Worker worker : workforce.visibleWorkers(viewer)) {
            if (!workerIds.contains(worker.id()) || !viewer.maySee(worker, clock.instant())) {
                continue;
            }
            audit.record(viewer.username(), AuditAction.READ, WageValueService.AUDIT_SUBJECT, worker.id(),
                    "norm proposal sample, task " + taskId + ", " + period);
            Measurement m = new WageValueCalculator(new Norms(List.of(placeholder)), rosters.timeline(worker.teamId()))
                    .measure(worker.id(), period.start(zone), period.end(zone), journal.ofWorker(worker.id(),
                            period.start(zone).minus(Duration.ofDays(1)), period.end(zone).plus(Duration.ofDays(1))));
            List<TaskMeasurement> tasks = new ArrayList<>(m.mainTasks());
            tasks.addAll(m.otherTasks());
            tasks.stream().filter(t -> t.taskId() == taskId).findFirst().ifPresent(t -> sample.add(new NormProposal.Sample(
                    worker.id(), worker.shortName(), t.workingDays(), t.time().productive(), t.time().instruction(),
                    t.good(), t.rejects())));
        }
        long produced = sample.stream().mapToLong(NormProposal.Sample::produced).sum();
        long good = sample.stream().mapToLong(NormProposal.Sample::good).sum();
        long productiveMs = sample.stream().mapToLong(s -> s.productive().toMillis()).sum();
        long instructionMs = sample.stream().mapToLong(s -> s.instruction().toMillis()).sum();
        return new NormProposal(taskId, period,
                produced == 0 ? null : BigDecimal.valueOf(productiveMs).divide(BigDecimal.valueOf(produced * 1000L),
                        1, RoundingMode.HALF_UP),
                produced == 0 ? null : BigDecimal.valueOf(good).divide(BigDecimal.valueOf(produced), 3, RoundingMode.HALF_UP),
                productiveMs == 0 ? null : BigDecimal.valueOf(instructionMs)
                        .divide(BigDecimal.valueOf(productiveMs), MathContext.DECIMAL64).setScale(3, RoundingMode.HALF_UP),
                produced, List.copyOf(sample));
    }
}
