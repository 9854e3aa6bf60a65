package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The loonkostensubsidie rules in force from a date (Participatiewet art. 10d, Regeling
 * loonkostensubsidie Participatiewet 2021). Stored as data, never as constants in code.
 *
 * @param minimumWagePerHour the statutory minimum wage (WML) per hour for 21 and over
 * @param holidayPay holiday pay on the subsidised wage, 0.08
 * @param employerCostAllowance allowance for employer costs on the subsidised wage costs, 0.235
 * @param maximumShare the subsidised wage per hour is at most this share of the WML, 0.70
 * @param flatRateShare the flat share of the WML in the first six months, where the municipality uses it, 0.50
 */
public record LksParameters(
        LocalDate effectiveFrom,
        BigDecimal minimumWagePerHour,
        BigDecimal holidayPay,
        BigDecimal employerCostAllowance,
        BigDecimal maximumShare,
        BigDecimal flatRateShare) {

    public LksParameters {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(minimumWagePerHour, "minimumWagePerHour");
        Objects.requireNonNull(holidayPay, "holidayPay");
        Objects.requireNonNull(employerCostAllowance, "employerCostAllowance");
        Objects.requireNonNull(maximumShare, "maximumShare");
        Objects.requireNonNull(flatRateShare, "flatRateShare");
    }
}
