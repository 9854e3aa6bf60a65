package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a task's norm: what the normfunctie worker achieves, allowances included.
 *
 * @param secondsPerUnit norm time per unit for the normfunctie worker
 * @param unit what one scan or press counts, in the supervisor's words ("one box of 12 sachets")
 * @param qualityNorm the norm worker's usable share, good / (good + rejects): Qnorm, e.g. 0.98
 *        for a norm reject rate of 2%
 * @param instructionAllowance the norm worker's instruction time per productive hour, as a
 *        fraction (0.05 = 3 minutes an hour); credited through the net-time factor N
 * @param effectiveFrom the moment from which this version is in force; the version in force at
 *        each moment of work or unit is the one used
 * @param sampleSize units or cycles observed when the norm was set
 */
public record Norm(
        long taskId,
        int version,
        BigDecimal secondsPerUnit,
        String unit,
        BigDecimal qualityNorm,
        BigDecimal instructionAllowance,
        NormMethod method,
        String setBy,
        Instant setAt,
        Instant effectiveFrom,
        int sampleSize) {

    public Norm {
        Objects.requireNonNull(secondsPerUnit, "secondsPerUnit");
        Objects.requireNonNull(qualityNorm, "qualityNorm");
        Objects.requireNonNull(instructionAllowance, "instructionAllowance");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (secondsPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("A norm needs a positive time per unit, task " + taskId + " v" + version);
        }
        if (qualityNorm.signum() <= 0 || qualityNorm.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Qnorm is a usable share in (0, 1], task " + taskId + " v" + version);
        }
        if (instructionAllowance.signum() < 0) {
            throw new IllegalArgumentException("An instruction allowance cannot be negative, task " + taskId);
        }
    }
}
