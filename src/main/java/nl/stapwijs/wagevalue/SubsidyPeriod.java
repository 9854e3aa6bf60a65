package nl.stapwijs.wagevalue;

import java.math.BigDecimal;

/** The period a municipality pays loonkostensubsidie over. */
public enum SubsidyPeriod {
    /** A calendar month: weekly hours × 52 / 12 (36 hours a week = 156 a month). */
    MONTH(BigDecimal.valueOf(52), BigDecimal.valueOf(12)),
    /** Four weeks: weekly hours × 4. */
    FOUR_WEEKS(BigDecimal.valueOf(4), BigDecimal.ONE);

    private final BigDecimal weeks;
    private final BigDecimal per;

    SubsidyPeriod(BigDecimal weeks, BigDecimal per) {
        this.weeks = weeks;
        this.per = per;
    }

    BigDecimal hours(BigDecimal weeklyHours) {
        return weeklyHours.multiply(weeks).divide(per, WageValueFormula.PRECISION);
    }
}
