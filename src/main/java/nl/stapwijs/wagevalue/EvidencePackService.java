package nl.stapwijs.wagevalue;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Evidence packs for the wage-value assessor: for coaches (own caseload), assessors (the workers
 * and periods granted, until the grant expires) and admins. Supervisors see the figures on their
 * pages but make no packs. Every pack made is written to the audit log (subject EVIDENCE_PACK).
 */
@Service
public class EvidencePackService {

    private final WageValueService wageValue;
    private final WorkforceService workforce;
    private final InstructionService instructions;
    private final ObjectProvider<CoachObservations> observations;
    private final AuditLog audit;
    private final Clock clock;

    public EvidencePackService(WageValueService wageValue, WorkforceService workforce, InstructionService instructions,
            ObjectProvider<CoachObservations> observations, AuditLog audit, Clock clock) {
        this.wageValue = wageValue;
        this.workforce = workforce;
        this.instructions = instructions;
        this.observations = observations;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayMake(Viewer viewer) {
        return viewer.is(Role.ADMIN) || viewer.is(Role.COACH) || viewer.is(Role.ASSESSOR);
    }

    /** The pack, or empty when the viewer may not make one for this worker and period. */
    public Optional<EvidencePack> pack(Viewer viewer, long workerId, Period period, String normfunction, String format) {
        if (!mayMake(viewer)) {
            return Optional.empty();
        }
        return wageValue.visible(viewer, workerId, period).map(worker -> {
            audit.record(viewer.username(), AuditAction.EXPORT, EvidencePack.AUDIT_SUBJECT, workerId,
                    format + " " + period);
            Measurement measurement = wageValue.measure(worker, period);
            List<Measurement> weeks = wageValue.weeks(worker, period);
            Map<Long, String> names = new HashMap<>();
            measurement.mainTasks().forEach(t -> names.put(t.taskId(), name(t.taskId())));
            measurement.otherTasks().forEach(t -> names.put(t.taskId(), name(t.taskId())));
            String team = workforce.teams().stream().filter(t -> t.id() == worker.teamId()).map(Team::name)
                    .findFirst().orElse("");
            List<CoachObservations.CoachObservation> notes = observations.orderedStream()
                    .flatMap(o -> o.observations(workerId, period.from(), period.lastDay()).stream()).toList();
            String calculation = Recompute.calculation(wageValue.sliceOf(worker, period), period.start(wageValue.zone()),
                    period.end(wageValue.zone()));
            return new EvidencePack(worker, team, period, measurement, weeks, names,
                    wageValue.subsidyEstimate(worker, period, measurement).orElse(null), notes,
                    normfunction == null ? "" : normfunction.strip(), clock.instant(), viewer.username(),
                    Recompute.fingerprint(calculation));
        });
    }

    private String name(long taskId) {
        return instructions.task(taskId, "nl").map(LocalizedTask::name).orElse("taak " + taskId);
    }
}
