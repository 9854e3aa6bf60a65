package nl.stapwijs.wagevalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.wagevalue.LksParameters;
import nl.stapwijs.wagevalue.Municipality;
import nl.stapwijs.wagevalue.SubsidyPeriod;
import nl.stapwijs.wagevalue.SubsidyRounding;
import nl.stapwijs.wagevalue.SubsidySettings;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SubsidySettingsViewTest extends KaribuTest {

    @Autowired
    SubsidySettings settings;
    @Autowired
    WorkforceService workforce;
    @Autowired
    AuditLog audit;
    @Autowired
    StaffService staff;

    @Test
    void an_admin_sets_the_municipalitys_practice_a_new_minimum_wage_from_a_later_date_and_a_start_date() {
        signIn("beheer");
        UI.getCurrent().navigate(SubsidySettingsView.class);
        SubsidySettingsView view = _get(SubsidySettingsView.class);
        Municipality before = settings.municipality();
        int rows = GridKt._size(view.parameters);
        try {
            view.municipality.setValue("Voorbeeldstad");
            view.rounding.setValue(SubsidyRounding.CENT_PER_HOUR);
            view.period.setValue(SubsidyPeriod.FOUR_WEEKS);
            _click(button("Opslaan", 0));
            assertThat(settings.municipality()).isEqualTo(new Municipality("Voorbeeldstad", SubsidyPeriod.FOUR_WEEKS,
                    SubsidyRounding.CENT_PER_HOUR, false));

            LocalDate later = LocalDate.now().plusYears(2).withDayOfYear(1);
            view.from.setValue(later);
            view.minimumWage.setValue(new BigDecimal("15.92"));
            _click(button("Regel toevoegen", 0));
            LksParameters added = settings.parameters().inForceOn(later);
            assertThat(added.minimumWagePerHour()).isEqualByComparingTo("15.92");
            assertThat(added.holidayPay()).isEqualByComparingTo("0.08");
            assertThat(added.employerCostAllowance()).isEqualByComparingTo("0.235");
            assertThat(GridKt._size(view.parameters)).isEqualTo(rows + 1);
            assertThat(settings.parameters().inForceOn(LocalDate.now()).minimumWagePerHour())
                    .as("today's rule is unchanged").isNotEqualByComparingTo("15.92");

            view.from.setValue(LocalDate.now().minusDays(1));
            view.minimumWage.setValue(new BigDecimal("99"));
            _click(button("Regel toevoegen", 0));
            assertThat(settings.parameters().rows()).hasSize(rows + 1);

            Worker sanne = workforce.workerByBadge("P-1005").orElseThrow();
            view.worker.setValue(sanne);
            view.startedOn.setValue(LocalDate.of(2026, 6, 1));
            _click(button("Opslaan", 1));
            assertThat(settings.startedOn(sanne.id())).contains(LocalDate.of(2026, 6, 1));
            assertThat(settings.employment(sanne).startedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThat(audit.about(sanne.id())).anySatisfy(e -> assertThat(e.subject()).isEqualTo("EMPLOYMENT"));
        } finally {
            settings.setMunicipality(staff.viewer("beheer").orElseThrow(), before);
        }
    }

    @Test
    void only_workers_with_a_subsidised_scheme_can_get_a_start_date() {
        signIn("beheer");
        UI.getCurrent().navigate(SubsidySettingsView.class);

        assertThat(_get(SubsidySettingsView.class).worker.getListDataView().getItems())
                .allSatisfy(w -> assertThat(settings.applies(w)).isTrue())
                .extracting(Worker::badge).contains("P-1005").doesNotContain("P-1002");
    }

    private static Button button(String text, int index) {
        return _find(Button.class).stream().filter(b -> text.equals(b.getText())).toList().get(index);
    }
}
