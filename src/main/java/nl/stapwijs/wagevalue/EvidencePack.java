package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.stapwijs.workforce.Worker;

/**
 * What an assessor receives for one worker and period: the measurement with every task, norm
 * version and time category, the weekly trend, the coach's observations and, for subsidised
 * workers, the subsidy estimate. Mirrors the report model of the Regeling loonkostensubsidie
 * (normfunctie, main tasks with time shares, tempo, quality and net time per task, the sum and its
 * rounding) and leaves room for the employee's and the employer's views.
 *
 * @param normfunction the normfunctie as the person making the pack describes it; may be blank
 * @param subsidy null where no estimate applies
 * @param calculationSha256 SHA-256 of the full calculation exactly as the Recompute command prints
 *        it for this worker's journal slice of the period: what a later recomputation must match
 */
public record EvidencePack(
        Worker worker,
        String team,
        Period period,
        Measurement measurement,
        List<Measurement> weeks,
        Map<Long, String> taskNames,
        LksEstimate subsidy,
        List<CoachObservations.CoachObservation> observations,
        String normfunction,
        Instant madeAt,
        String madeBy,
        String calculationSha256) {

    public static final String AUDIT_SUBJECT = "EVIDENCE_PACK";

    public String taskName(long taskId) {
        return taskNames.getOrDefault(taskId, "taak " + taskId);
    }
}
