package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Duration;

/** The figures of one task under one norm version. */
final class NormedFigures {

    private NormedFigures() {
    }

    /** @param shareBase Σ ATTR over the main tasks' normed rows; null when the task is not a main task */
    static NormedMeasurement of(Tally row, Duration shareBase) {
        TimeSpent time = row.time();
        long produced = row.good + row.rejects;
        BigDecimal quality = WageValueFormula.quality(row.good, produced);
        Norm norm = row.norm;
        if (norm == null) {
            return new NormedMeasurement(null, time, row.good, row.rejects, row.helpCalls, null, quality,
                    null, null, null, null);
        }
        BigDecimal tempo = WageValueFormula.tempo(
                WageValueFormula.earnedSeconds(produced, norm.secondsPerUnit()), time.productive());
        BigDecimal qualityFactor = WageValueFormula.qualityFactor(quality, norm.qualityNorm());
        BigDecimal netTime = WageValueFormula.netTimeFactor(time.productive(), time.attributable(),
                norm.instructionAllowance());
        BigDecimal share = shareBase == null ? null
                : WageValueFormula.ratio(time.attributable().toMillis(), shareBase.toMillis());
        BigDecimal contribution = share == null ? null
                : WageValueFormula.contribution(share, tempo, qualityFactor, netTime, produced);
        return new NormedMeasurement(norm, time, row.good, row.rejects, row.helpCalls, tempo, quality,
                qualityFactor, netTime, share, contribution);
    }
}
