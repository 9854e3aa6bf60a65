package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LksEstimatorTest {

    private static final Municipality MONTHLY = new Municipality("Voorbeeld", SubsidyPeriod.MONTH,
            SubsidyRounding.CENT_PER_PERIOD, false);
    private static final Employment THIRTY_SIX_HOURS = new Employment(new BigDecimal("36"),
            LocalDate.of(2024, 1, 1), null);

    private final LksEstimator estimator = new LksEstimator(LksParameterTable.bundled());

    @Test
    void sixty_percent_wage_value_on_156_contract_hours_in_2026_is_1224_euro_30_a_month() {
        LocalDate on = LocalDate.of(2026, 3, 31);

        LksEstimate estimate = estimator.estimate(60, on, THIRTY_SIX_HOURS, new BigDecimal("30"), MONTHLY);

        assertThat(estimate.parameters().minimumWagePerHour()).isEqualByComparingTo("14.71");
        assertThat(estimate.contractHours()).isEqualByComparingTo("156");
        assertThat(estimate.subsidyPerHour()).isEqualByComparingTo("7.8480792");
        assertThat(estimate.subsidyForContractHours()).isEqualTo(new BigDecimal("1224.30"));
        assertThat(estimate.workedHours()).isEqualByComparingTo("130");
        assertThat(estimate.subsidyForWorkedHours()).isEqualTo(new BigDecimal("1020.25"));
    }

    @Test
    void the_minimum_wage_in_force_on_the_date_is_used() {
        Employment anyone = THIRTY_SIX_HOURS;

        LksEstimate june = estimator.estimate(60, LocalDate.of(2025, 6, 30), anyone, BigDecimal.ZERO, MONTHLY);
        LksEstimate july = estimator.estimate(60, LocalDate.of(2025, 7, 1), anyone, BigDecimal.ZERO, MONTHLY);

        assertThat(june.parameters().minimumWagePerHour()).isEqualByComparingTo("14.06");
        assertThat(july.parameters().minimumWagePerHour()).isEqualByComparingTo("14.40");
        assertThatThrownBy(() -> estimator.estimate(60, LocalDate.of(2024, 12, 31), anyone, BigDecimal.ZERO, MONTHLY))
                .hasMessageContaining("2024-12-31");
    }

    @Test
    void rounding_the_hourly_amount_first_gives_the_municipalitys_other_answer() {
        Municipality perHour = new Municipality("Ander", SubsidyPeriod.MONTH, SubsidyRounding.CENT_PER_HOUR, false);

        LksEstimate estimate = estimator.estimate(60, LocalDate.of(2026, 3, 31), THIRTY_SIX_HOURS,
                BigDecimal.ZERO, perHour);

        assertThat(estimate.subsidyPerHour()).isEqualTo(new BigDecimal("7.85"));
        assertThat(estimate.subsidyForContractHours()).isEqualTo(new BigDecimal("1224.60"));
    }

    @Test
    void four_weekly_periods_pay_four_weeks_of_contract_hours() {
        Municipality fourWeekly = new Municipality("Vierweeks", SubsidyPeriod.FOUR_WEEKS,
                SubsidyRounding.EURO_PER_PERIOD, false);

        LksEstimate estimate = estimator.estimate(60, LocalDate.of(2026, 3, 31), THIRTY_SIX_HOURS,
                BigDecimal.ZERO, fourWeekly);

        assertThat(estimate.contractHours()).isEqualByComparingTo("144");
        assertThat(estimate.subsidyForContractHours()).isEqualTo(new BigDecimal("1130"));
    }

    @Test
    void a_low_wage_value_is_subsidised_at_most_seventy_percent_of_the_minimum_wage() {
        LksEstimate estimate = estimator.estimate(20, LocalDate.of(2026, 3, 31), THIRTY_SIX_HOURS,
                BigDecimal.ZERO, MONTHLY);

        assertThat(estimate.capped()).isTrue();
        assertThat(estimate.subsidyPerHour()).isEqualByComparingTo(
                new BigDecimal("14.71").multiply(new BigDecimal("0.70")).multiply(new BigDecimal("1.08"))
                        .multiply(new BigDecimal("1.235")));
    }

    @Test
    void in_the_first_six_months_a_municipality_may_pay_a_flat_half_of_the_minimum_wage() {
        Municipality flat = new Municipality("Forfait", SubsidyPeriod.MONTH, SubsidyRounding.CENT_PER_PERIOD, true);
        Employment newcomer = new Employment(new BigDecimal("36"), LocalDate.of(2026, 1, 15), null);

        LksEstimate early = estimator.estimate(80, LocalDate.of(2026, 7, 14), newcomer, BigDecimal.ZERO, flat);
        LksEstimate later = estimator.estimate(80, LocalDate.of(2026, 7, 15), newcomer, BigDecimal.ZERO, flat);

        assertThat(early.flatRate()).isTrue();
        assertThat(early.subsidyPerHour()).isEqualByComparingTo(
                new BigDecimal("7.355").multiply(new BigDecimal("1.08")).multiply(new BigDecimal("1.235")));
        assertThat(later.flatRate()).isFalse();
    }

    @Test
    void a_normfunctie_paid_above_the_minimum_wage_earns_a_higher_wage_value_in_euros() {
        Employment wellPaidNorm = new Employment(new BigDecimal("36"), LocalDate.of(2024, 1, 1), new BigDecimal("18.00"));

        LksEstimate estimate = estimator.estimate(60, LocalDate.of(2026, 3, 31), wellPaidNorm, BigDecimal.ZERO, MONTHLY);

        assertThat(estimate.wageValuePerHour()).isEqualByComparingTo("10.80");
        assertThat(estimate.subsidyPerHour()).isEqualByComparingTo(
                new BigDecimal("3.91").multiply(new BigDecimal("1.08")).multiply(new BigDecimal("1.235")));
    }
}
