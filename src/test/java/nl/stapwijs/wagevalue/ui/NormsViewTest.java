package nl.stapwijs.wagevalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.production.Journal;
import nl.stapwijs.wagevalue.NormMethod;
import nl.stapwijs.wagevalue.NormService;
import nl.stapwijs.wagevalue.NormVersion;
import nl.stapwijs.wagevalue.WageValueRollups;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NormsViewTest extends KaribuTest {

    @Autowired
    InstructionService instructions;
    @Autowired
    NormService norms;
    @Autowired
    Journal journal;
    @Autowired
    WageValueRollups rollups;
    @Autowired
    WorkforceService workforce;

    @Test
    void a_supervisor_adds_a_norm_version_and_the_earlier_one_stays_as_it_was() {
        signIn("begeleider");
        UI.getCurrent().navigate(NormsView.class);
        NormsView view = _get(NormsView.class);
        Task stekker = task("STEKKER");
        NormVersion first = norms.versions(stekker.id()).get(0);

        view.task.setValue(stekker);
        view.form.seconds.setValue(new BigDecimal("55"));
        view.form.unit.setValue("one plug");
        view.form.rejectPercent.setValue(new BigDecimal("1.5"));
        view.form.instructionMinutes.setValue(new BigDecimal("2"));
        view.form.sampleSize.setValue(80);
        view.form.effectiveFrom.setValue(LocalDateTime.now().plusDays(1).withNano(0));
        _click(view.form.save);

        List<NormVersion> versions = GridKt._findAll(view.versions);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0)).isEqualTo(first);
        assertThat(versions.get(1).norm().version()).isEqualTo(2);
        assertThat(versions.get(1).norm().qualityNorm()).isEqualByComparingTo("0.985");
        assertThat(versions.get(1).norm().instructionAllowance()).isEqualByComparingTo(new BigDecimal("2").divide(
                new BigDecimal("60"), 6, java.math.RoundingMode.HALF_UP));
        assertThat(versions.get(1).norm().setBy()).isEqualTo("begeleider");
        NotificationsKt.expectNotifications("De nieuwe normversie is opgeslagen.");
    }

    @Test
    void a_version_that_would_change_figures_already_shown_is_refused() {
        signIn("beheer");
        UI.getCurrent().navigate(NormsView.class);
        NormsView view = _get(NormsView.class);
        view.task.setValue(task("BLAD"));
        view.form.seconds.setValue(new BigDecimal("20"));
        view.form.unit.setValue("one bag");
        view.form.sampleSize.setValue(10);
        view.form.effectiveFrom.setValue(LocalDateTime.now().minusDays(30));

        _click(view.form.save);

        assertThat(GridKt._findAll(view.versions)).hasSize(1);
        NotificationsKt.expectNotifications("Een nieuwe versie geldt vanaf nu of later, en na de vorige versie.");
    }

    @Test
    void a_norm_is_proposed_from_the_chosen_sample_with_the_sample_shown() {
        signIn("begeleider");
        long sanne = workforce.workerByBadge("P-1005").orElseThrow().id();
        DemoWeek.store(journal, rollups, sanne, task("VOUWEN").id(), "TEST-WV");
        UI.getCurrent().navigate(NormsView.class);
        NormsView view = _get(NormsView.class);
        view.task.setValue(task("VOUWEN"));
        view.sample.select(workforce.worker(sanne).orElseThrow());

        _click(_get(view, Button.class, spec -> spec.withText("Norm voorstellen")));

        assertThat(view.sampleGrid.isVisible()).isTrue();
        assertThat(GridKt._findAll(view.sampleGrid)).singleElement()
                .satisfies(s -> assertThat(s.produced()).isGreaterThanOrEqualTo(408));
        assertThat(view.form.method.getValue()).isEqualTo(NormMethod.HISTORICAL);
        assertThat(view.form.seconds.getValue()).isPositive();
        assertThat(view.form.note.getValue()).contains("1 reguliere medewerker");
    }

    private Task task(String code) {
        return instructions.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
