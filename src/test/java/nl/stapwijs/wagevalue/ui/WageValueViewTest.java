package nl.stapwijs.wagevalue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.wagevalue.WageValueRollups;
import nl.stapwijs.wagevalue.WorkerFigures;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WageValueViewTest extends KaribuTest {

    @Autowired
    Journal journal;
    @Autowired
    WageValueRollups rollups;
    @Autowired
    WorkforceService workforce;
    @Autowired
    InstructionService instructions;
    @Autowired
    AuditLog audit;

    Worker sanne;

    @BeforeEach
    void aKnownDay() {
        sanne = workforce.workerByBadge("P-1005").orElseThrow();
        long task = instructions.tasks().stream().filter(t -> t.code().equals("VOUWEN")).findFirst().orElseThrow().id();
        DemoWeek.store(journal, rollups, sanne.id(), task, "TEST-WV");
    }

    @Test
    void the_supervisor_sees_own_teams_labelled_as_an_indication_and_each_look_is_audited() {
        signIn("begeleider");
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);

        UI.getCurrent().navigate(WageValueView.class);

        WageValueView view = _get(WageValueView.class);
        List<WorkerFigures> rows = GridKt._findAll(view.grid);
        assertThat(rows).extracting(r -> r.worker().badge()).contains("P-1001", "P-1005").doesNotContain("P-1010");
        assertThat(view.getElement().getTextRecursively()).contains("indicatie — geen vastgestelde loonwaarde");
        assertThat(audit.about(sanne.id())).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("WAGE_VALUE");
            assertThat(e.actor()).isEqualTo("begeleider");
            assertThat(e.at()).isAfter(before);
        });
    }

    @Test
    void a_week_shows_the_known_day_and_a_row_opens_the_worker_with_the_events_behind_each_figure() {
        signIn("begeleider");
        UI.getCurrent().navigate(WageValueView.class);
        WageValueView table = _get(WageValueView.class);
        table.period.kind.setValue(PeriodPicker.Kind.WEEK);
        table.period.snap(PeriodPicker.Kind.WEEK, DemoWeek.day());
        List<WorkerFigures> rows = GridKt._findAll(table.grid);
        int index = rows.indexOf(rows.stream().filter(r -> r.worker().equals(sanne)).findFirst().orElseThrow());
        assertThat(rows.get(index).measurement().good()).isGreaterThanOrEqualTo(400);

        GridKt._clickItem(table.grid, index);

        WorkerWageValueView page = _get(WorkerWageValueView.class);
        assertThat(page.worker).isEqualTo(sanne);
        assertThat(_find(FigureCard.class)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(_find(page, Image.class)).isNotEmpty();
        FigureCard quality = _find(FigureCard.class).stream()
                .filter(c -> c.getElement().getTextRecursively().startsWith("Kwaliteit")).findFirst().orElseThrow();
        _click(quality.events);
        List<ProductionEvent> shown = GridKt._findAll(page.drillDown.grid);
        assertThat(shown).isNotEmpty().allSatisfy(e ->
                assertThat(e.kind()).isIn(EventKind.UNIT, EventKind.REJECT));
        assertThat(shown).filteredOn(e -> e.station().equals("TEST-WV")).hasSize(11);
        assertThat(page.drillDown.isVisible()).isTrue();

        GridKt._clickItem(page.tasks, 0);

        assertThat(GridKt._findAll(page.drillDown.grid)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.taskId()).isEqualTo(page.tasks.getListDataView().getItem(0).task().taskId()));
    }

    @Test
    void a_coach_sees_the_caseload() {
        signIn("coach");

        UI.getCurrent().navigate(WageValueView.class);

        assertThat(GridKt._findAll(_get(WageValueView.class).grid)).extracting(r -> r.worker().badge())
                .containsExactlyInAnyOrder("P-1001", "P-1003", "P-1005", "P-1008");
    }

    @Test
    void an_assessor_sees_only_the_granted_worker() {
        signIn("beoordelaar");

        UI.getCurrent().navigate(WageValueView.class);
        assertThat(GridKt._findAll(_get(WageValueView.class).grid)).extracting(r -> r.worker().badge())
                .containsExactly("P-1008");
    }

    @Test
    void another_teams_worker_is_not_found_for_a_supervisor() {
        signIn("begeleider");
        Worker kees = workforce.workerByBadge("P-1010").orElseThrow();

        UI.getCurrent().navigate(WorkerWageValueView.class, QueryParameters.simple(Map.of("worker",
                String.valueOf(kees.id()))));

        WorkerWageValueView page = _get(WorkerWageValueView.class);
        assertThat(page.worker).isNull();
        assertThat(page.getElement().getTextRecursively()).contains("niet zichtbaar");
        assertThat(_find(page, Grid.class)).isEmpty();
    }
}
