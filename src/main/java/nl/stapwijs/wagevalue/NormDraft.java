package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Instant;

/** A new norm version as a supervisor enters it; the service numbers it and records who set it when. */
public record NormDraft(long taskId, BigDecimal secondsPerUnit, String unit, BigDecimal qualityNorm,
        BigDecimal instructionAllowance, NormMethod method, int sampleSize, Instant effectiveFrom, String note) {
}
