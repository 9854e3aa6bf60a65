package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Estimates the loonkostensubsidie: (WML − wage value in euros), at most 70% of WML, plus
 * holiday pay, plus the employer-cost allowance, times the hours of the period.
 */
public final class LksEstimator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LksParameterTable table;

    public LksEstimator(LksParameterTable table) {
        this.table = table;
    }

    /**
     * @param on the date whose parameters apply (for a measured period: its last day)
     * @param workedHoursPerWeek hours actually worked, from the journal, shown beside the contract hours
     */
    public LksEstimate estimate(int wageValuePercent, LocalDate on, Employment employment,
            BigDecimal workedHoursPerWeek, Municipality municipality) {
        LksParameters p = table.inForceOn(on);
        BigDecimal minimumWage = p.minimumWagePerHour();
        BigDecimal normfunctionWage = employment.normfunctionWagePerHour() == null ? minimumWage
                : employment.normfunctionWagePerHour();
        BigDecimal wageValuePerHour = normfunctionWage.multiply(BigDecimal.valueOf(wageValuePercent)).divide(HUNDRED);
        boolean flatRate = municipality.flatRateInFirstSixMonths() && on.isBefore(employment.startedOn().plusMonths(6));
        BigDecimal gap = flatRate ? minimumWage.multiply(p.flatRateShare())
                : minimumWage.subtract(wageValuePerHour).max(BigDecimal.ZERO);
        BigDecimal cap = minimumWage.multiply(p.maximumShare());
        boolean capped = gap.compareTo(cap) > 0;
        BigDecimal perHour = gap.min(cap)
                .multiply(BigDecimal.ONE.add(p.holidayPay()))
                .multiply(BigDecimal.ONE.add(p.employerCostAllowance()));
        if (municipality.rounding() == SubsidyRounding.CENT_PER_HOUR) {
            perHour = perHour.setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal contractHours = municipality.period().hours(employment.contractHoursPerWeek());
        BigDecimal workedHours = municipality.period().hours(workedHoursPerWeek);
        return new LksEstimate(on, p, municipality, wageValuePercent, normfunctionWage, wageValuePerHour, flatRate,
                capped, perHour, contractHours, amount(perHour, contractHours, municipality.rounding()),
                workedHours, amount(perHour, workedHours, municipality.rounding()));
    }

    private static BigDecimal amount(BigDecimal perHour, BigDecimal hours, SubsidyRounding rounding) {
        int scale = rounding == SubsidyRounding.EURO_PER_PERIOD ? 0 : 2;
        return perHour.multiply(hours).setScale(scale, RoundingMode.HALF_UP);
    }
}
