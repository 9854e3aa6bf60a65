package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WageValueFormulaTest {

    @Test
    void three_tasks_with_shares_half_three_tenths_and_a_fifth_make_76_percent() {
        BigDecimal first = WageValueFormula.contribution(d("0.5"), d("0.875"), d("0.90"), d("0.95"), 1);
        BigDecimal second = WageValueFormula.contribution(d("0.3"), d("0.70"), d("1.0"), d("0.90"), 1);
        BigDecimal third = WageValueFormula.contribution(d("0.2"), d("1.0"), d("1.0"), d("1.0"), 1);

        BigDecimal sum = first.add(second).add(third);

        assertThat(first).isEqualByComparingTo("0.3740625");
        assertThat(second).isEqualByComparingTo("0.189");
        assertThat(sum).isEqualByComparingTo("0.7630625");
        assertThat(WageValueFormula.percent(sum)).isEqualTo(76);
    }

    @Test
    void the_wage_value_is_rounded_half_up_to_whole_percent() {
        assertThat(WageValueFormula.percent(d("0.765"))).isEqualTo(77);
        assertThat(WageValueFormula.percent(d("0.76499999"))).isEqualTo(76);
        assertThat(WageValueFormula.percent(d("0.005"))).isEqualTo(1);
    }

    @Test
    void tempo_above_the_norm_counts_as_full_tempo_in_the_wage_value() {
        BigDecimal contribution = WageValueFormula.contribution(BigDecimal.ONE, d("1.5"), d("1"), d("1"), 10);

        assertThat(contribution).isEqualByComparingTo("1");
    }

    @Test
    void a_reject_rate_no_worse_than_the_norm_workers_costs_nothing() {
        BigDecimal normWorker = WageValueFormula.qualityFactor(d("0.98"), d("0.98"));
        BigDecimal better = WageValueFormula.qualityFactor(d("0.99"), d("0.98"));
        BigDecimal worse = WageValueFormula.qualityFactor(d("0.49"), d("0.98"));

        assertThat(normWorker).isEqualByComparingTo("1");
        assertThat(better).isEqualByComparingTo("1");
        assertThat(worse).isEqualByComparingTo("0.5");
    }

    @Test
    void instruction_within_the_norm_allowance_leaves_net_time_whole() {
        Duration productive = Duration.ofMinutes(400);
        Duration attributable = Duration.ofMinutes(420);

        BigDecimal net = WageValueFormula.netTimeFactor(productive, attributable, d("0.05"));

        assertThat(net).isEqualByComparingTo("1");
        assertThat(WageValueFormula.netTimeFactor(productive, attributable, BigDecimal.ZERO))
                .isLessThan(BigDecimal.ONE);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
