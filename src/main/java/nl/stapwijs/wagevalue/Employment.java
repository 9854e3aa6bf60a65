package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The worker's contract as the estimate needs it.
 *
 * @param contractHoursPerWeek the agreed hours, which the subsidy is paid over
 * @param normfunctionWagePerHour hourly wage of the normfunctie; null means the WML
 */
public record Employment(BigDecimal contractHoursPerWeek, LocalDate startedOn, BigDecimal normfunctionWagePerHour) {

    public Employment {
        Objects.requireNonNull(contractHoursPerWeek, "contractHoursPerWeek");
        Objects.requireNonNull(startedOn, "startedOn");
    }
}
