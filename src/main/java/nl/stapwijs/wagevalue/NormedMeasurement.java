package nl.stapwijs.wagevalue;

import java.math.BigDecimal;

/**
 * A task's figures under one norm version (a norm change inside the period splits a task in two).
 * Figures that cannot be computed are null: tempo without productive time, quality without units,
 * all norm figures without a norm, share and contribution outside the main tasks.
 *
 * @param norm the version in force, or null for time before the task had a norm
 * @param tempo T = produced × norm seconds / productive time, not capped
 * @param quality Q = good / produced
 * @param qualityFactor K = min(1, Q / Qnorm)
 * @param netTimeFactor N = min(1, PROD / ATTR × (1 + instruction allowance))
 * @param share a = ATTR / Σ ATTR over the main tasks
 * @param contribution a × min(1, T) × K × N
 */
public record NormedMeasurement(
        Norm norm,
        TimeSpent time,
        long good,
        long rejects,
        long helpCalls,
        BigDecimal tempo,
        BigDecimal quality,
        BigDecimal qualityFactor,
        BigDecimal netTimeFactor,
        BigDecimal share,
        BigDecimal contribution) {

    public long produced() {
        return good + rejects;
    }
}
