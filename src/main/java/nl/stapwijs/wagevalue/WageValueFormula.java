package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The formulas of WAGE-VALUE.md, in exact decimal arithmetic. Quotients carry 34 significant
 * digits (IEEE decimal128), so that the only rounding anyone can see is the final one to whole
 * percent. A different reading of how tempo, quality and net time combine gets a new version.
 */
public final class WageValueFormula {

    /** Recorded with every figure, so a past figure can be recomputed by the formula that made it. */
    public static final String VERSION = "stapwijs-wv-1";

    static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WageValueFormula() {
    }

    /** T = produced × norm seconds / PROD; null without productive time. Not capped here. */
    static BigDecimal tempo(BigDecimal earnedSeconds, Duration productive) {
        if (productive.isZero()) {
            return null;
        }
        return earnedSeconds.multiply(THOUSAND).divide(BigDecimal.valueOf(productive.toMillis()), PRECISION);
    }

    static BigDecimal earnedSeconds(long units, BigDecimal secondsPerUnit) {
        return secondsPerUnit.multiply(BigDecimal.valueOf(units));
    }

    /** Q = good / produced; null when nothing was produced. */
    static BigDecimal quality(long good, long produced) {
        return produced == 0 ? null : BigDecimal.valueOf(good).divide(BigDecimal.valueOf(produced), PRECISION);
    }

    /** K = min(1, Q / Qnorm): a regular colleague's reject rate costs nothing. */
    static BigDecimal qualityFactor(BigDecimal quality, BigDecimal qualityNorm) {
        return quality == null ? null : atMostOne(quality.divide(qualityNorm, PRECISION));
    }

    /** N = min(1, PROD / ATTR × (1 + allowance)); null without attributable time. */
    static BigDecimal netTimeFactor(Duration productive, Duration attributable, BigDecimal instructionAllowance) {
        if (attributable.isZero()) {
            return null;
        }
        BigDecimal share = BigDecimal.valueOf(productive.toMillis())
                .divide(BigDecimal.valueOf(attributable.toMillis()), PRECISION);
        return atMostOne(share.multiply(BigDecimal.ONE.add(instructionAllowance), PRECISION));
    }

    /**
     * a × min(1, T) × K × N. Units made without any productive time (all of it help or breaks)
     * count as full tempo rather than infinite; nothing produced contributes nothing.
     */
    static BigDecimal contribution(BigDecimal share, BigDecimal tempo, BigDecimal qualityFactor,
            BigDecimal netTimeFactor, long produced) {
        if (produced == 0 || share.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal cappedTempo = tempo == null ? BigDecimal.ONE : atMostOne(tempo);
        return share.multiply(cappedTempo, PRECISION).multiply(qualityFactor, PRECISION)
                .multiply(netTimeFactor, PRECISION);
    }

    /** The wage value in whole percent, "rekenkundig afgerond": half up, once. */
    public static int percent(BigDecimal sumOfContributions) {
        return sumOfContributions.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), PRECISION);
    }

    private static BigDecimal atMostOne(BigDecimal value) {
        return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
    }
}
