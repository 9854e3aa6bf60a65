package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A planning estimate of the loonkostensubsidie, for the agreed contract hours and, beside it,
 * for the hours actually worked; never silently the one for the other. Amounts per period as
 * the municipality rounds them; the hourly amount exact unless it rounds per hour.
 *
 * @param flatRate the first-six-months flat rate was applied instead of the wage value
 * @param capped the wage gap was limited to the maximum share of the WML
 */
public record LksEstimate(
        LocalDate on,
        LksParameters parameters,
        Municipality municipality,
        int wageValuePercent,
        BigDecimal normfunctionWagePerHour,
        BigDecimal wageValuePerHour,
        boolean flatRate,
        boolean capped,
        BigDecimal subsidyPerHour,
        BigDecimal contractHours,
        BigDecimal subsidyForContractHours,
        BigDecimal workedHours,
        BigDecimal subsidyForWorkedHours) {

    public static final String LABEL = "schatting voor planning — de gemeente stelt de loonkostensubsidie vast";
}
