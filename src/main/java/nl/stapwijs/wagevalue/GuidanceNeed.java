package nl.stapwijs.wagevalue;

import java.math.BigDecimal;

/**
 * How much guidance the worker needed, per attributable hour (signed in, less rostered breaks
 * and downtime). Null figures mean there was no attributable time.
 */
public record GuidanceNeed(
        long helpCalls,
        BigDecimal helpCallsPerHour,
        BigDecimal helpMinutesPerHour,
        BigDecimal instructionMinutesPerHour) {
}
