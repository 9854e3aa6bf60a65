package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One task over the period: its time and counts summed over norm versions, with the figures per
 * version beside them. Tempo here is Σ produced × norm seconds / Σ productive time over the
 * versions with a norm; share and contribution are sums and null outside the main tasks.
 */
public record TaskMeasurement(
        long taskId,
        TimeSpent time,
        long good,
        long rejects,
        long helpCalls,
        int workingDays,
        BigDecimal tempo,
        BigDecimal quality,
        BigDecimal share,
        BigDecimal contribution,
        List<NormedMeasurement> byNorm,
        Set<Flag> flags) {
}
