package nl.stapwijs.coaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.coaching.CaseloadRow;
import nl.stapwijs.coaching.LogService;
import nl.stapwijs.coaching.NewLogEntry;
import nl.stapwijs.coaching.Tag;
import nl.stapwijs.coaching.Visibility;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coaching pages show each role what its services allow, no more. */
class CoachingViewsTest extends KaribuTest {

    @Autowired
    WorkforceService workforce;

    @Autowired
    StaffService staff;

    @Autowired
    LogService log;

    @Test
    void the_caseload_lists_the_coachs_own_workers_with_what_is_worth_a_look() {
        signIn("coach");

        UI.getCurrent().navigate(CaseloadView.class);

        @SuppressWarnings("unchecked")
        Grid<CaseloadRow> grid = _get(Grid.class);
        List<CaseloadRow> rows = GridKt._findAll(grid);
        assertThat(rows).extracting(r -> r.worker().badge()).containsExactlyInAnyOrder("P-1001", "P-1003", "P-1005", "P-1008");
        CaseloadRow lisa = rows.stream().filter(r -> r.worker().badge().equals("P-1008")).findFirst().orElseThrow();
        assertThat(lisa.signals()).contains(CaseloadRow.Signal.REVIEW_DUE);
        assertThat(lisa.lastReview()).isNull();
        assertThat(lisa.openGoals()).isEqualTo(1);
    }

    @Test
    void a_coach_writes_a_note_on_the_development_log_page() {
        signIn("coach");
        Worker olena = worker("P-1003");
        UI.getCurrent().navigate("coaching/" + olena.id());

        _get(TextArea.class, spec -> spec.withClasses("coaching-note-text")).setValue("Olena legt de onderdelen zelf klaar.");
        _click(_get(Button.class, spec -> spec.withClasses("coaching-add-note")));

        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("coaching-entry-text")))
                .extracting(p -> p.getText()).contains("Olena legt de onderdelen zelf klaar.");
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).anyMatch(text -> text.startsWith("Gesprekspapier"));
    }

    @Test
    void a_supervisor_sees_shared_notes_and_levels_but_not_the_coachs_own_notes_signals_or_review_paper() {
        Worker lisa = worker("P-1008");
        log.add(staff.viewer("coach").orElseThrow(), lisa.id(), new NewLogEntry(java.time.LocalDate.now(),
                "Alleen voor de coach, Lisa.", null, Visibility.COACH, Set.of(Tag.WERKHOUDING), List.of()));
        signIn("begeleider");

        UI.getCurrent().navigate("coaching/" + lisa.id());

        List<String> visibilities = _find(Div.class, spec -> spec.withClasses("coaching-entry")).stream()
                .map(d -> d.getElement().getAttribute("data-visibility")).toList();
        assertThat(visibilities).isNotEmpty().doesNotContain("COACH");
        assertThat(_find(Div.class, spec -> spec.withClasses("coaching-observations"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withClasses("coaching-plan"))).isEmpty();
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).noneMatch(text -> text.startsWith("Gesprekspapier"));
        assertThat(_find(Div.class, spec -> spec.withClasses("coaching-level-row"))).isNotEmpty();
    }

    @Test
    void a_supervisor_never_sees_the_log_of_a_worker_outside_their_teams() {
        signIn("begeleider");

        UI.getCurrent().navigate("coaching/" + worker("P-1010").id());

        assertThat(_find(Div.class, spec -> spec.withClasses("coaching-entry"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo(
                _get(com.vaadin.flow.component.html.H2.class).getTranslation("coaching.worker.unknown"));
    }

    @Test
    void the_skills_matrix_shows_each_team_of_the_supervisor_with_the_levels_set() {
        signIn("begeleider");

        UI.getCurrent().navigate(SkillsMatrixView.class);

        List<Grid> grids = _find(Grid.class, spec -> spec.withClasses("matrix-grid"));
        assertThat(grids).hasSize(2);
        @SuppressWarnings("unchecked")
        Grid<Worker> veenendaal = grids.stream().filter(g -> g.getColumnByKey("VOUWEN") != null).findFirst().orElseThrow();
        List<Worker> members = GridKt._findAll(veenendaal);
        int sanne = members.stream().map(Worker::badge).toList().indexOf("P-1005");
        Span cell = (Span) GridKt._getCellComponent(veenendaal, sanne, "VOUWEN");
        assertThat(cell.getElement().getAttribute("data-level")).isEqualTo("3");
        assertThat(members).extracting(Worker::badge).doesNotContain("P-1010");
    }

    @Test
    void the_municipality_sees_groups_and_suppressed_small_groups_never_a_name() {
        signIn("gemeente");

        UI.getCurrent().navigate(MunicipalityView.class);

        String page = _get(MunicipalityView.class).getElement().getTextRecursively();
        assertThat(_find(Div.class, spec -> spec.withClasses("suppressed"))).isNotEmpty();
        assertThat(page).contains("minder dan 5 mensen").doesNotContain("Sanne", "Fatima", "Bakker");
    }

    private Worker worker(String badge) {
        return workforce.workerByBadge(badge).orElseThrow();
    }
}
