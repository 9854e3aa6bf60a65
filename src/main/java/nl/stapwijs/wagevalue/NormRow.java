package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored norm version as the database holds it: decimals as text, times as epoch milliseconds. */
public record NormRow(long taskId, int version, String secondsPerUnit, String unit, String qualityNorm,
        String instructionAllowance, String method, String setBy, long setAt, long effectiveFrom, int sampleSize,
        String note) {

    static NormRow of(Norm norm, String note) {
        return new NormRow(norm.taskId(), norm.version(), norm.secondsPerUnit().toPlainString(), norm.unit(),
                norm.qualityNorm().toPlainString(), norm.instructionAllowance().toPlainString(), norm.method().name(),
                norm.setBy(), norm.setAt().toEpochMilli(), norm.effectiveFrom().toEpochMilli(), norm.sampleSize(), note);
    }

    Norm norm() {
        return new Norm(taskId, version, new BigDecimal(secondsPerUnit), unit, new BigDecimal(qualityNorm),
                new BigDecimal(instructionAllowance), NormMethod.valueOf(method), setBy, Instant.ofEpochMilli(setAt),
                Instant.ofEpochMilli(effectiveFrom), sampleSize);
    }

    NormVersion withNote() {
        return new NormVersion(norm(), note);
    }
}
