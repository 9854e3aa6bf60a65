package nl.stapwijs.wagevalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored row of subsidy parameters, with who added it and when. */
public record LksParameterRow(String effectiveFrom, String minimumWagePerHour, String holidayPay,
        String employerCostAllowance, String maximumShare, String flatRateShare, String setBy, long setAt) {

    static LksParameterRow of(LksParameters p, String setBy, Instant at) {
        return new LksParameterRow(p.effectiveFrom().toString(), p.minimumWagePerHour().toPlainString(),
                p.holidayPay().toPlainString(), p.employerCostAllowance().toPlainString(), p.maximumShare().toPlainString(),
                p.flatRateShare().toPlainString(), setBy, at.toEpochMilli());
    }

    LksParameters parameters() {
        return new LksParameters(LocalDate.parse(effectiveFrom), new BigDecimal(minimumWagePerHour),
                new BigDecimal(holidayPay), new BigDecimal(employerCostAllowance), new BigDecimal(maximumShare),
                new BigDecimal(flatRateShare));
    }
}
