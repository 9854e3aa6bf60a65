package nl.stapwijs.production.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.station.StationRuntime;
import nl.stapwijs.station.StationRuntimes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FloorViewTest extends KaribuTest {

    @Autowired
    StationRuntimes runtimes;

    @Autowired
    InstructionService instructions;

    @Test
    void a_card_per_station_shows_who_works_on_what_and_counts_each_scan() {
        signIn("beheer");
        UI.getCurrent().navigate("floor");
        StationRuntime station = runtimes.runtime("GRO-1").orElseThrow();
        station.scan("P-1010");
        station.chooseTask(bladTask());

        for (int i = 0; i < 3; i++) {
            station.scan("GRO-ZAK-BLAD");
        }

        pushUntil(() -> assertThat(_find(card("GRO-1"), Span.class, spec -> spec.withClasses("floor-number")))
                .extracting(Span::getText).containsExactly("3", "3"));
        assertThat(card("GRO-1").getElement().getTextRecursively()).contains("Kees V.", "Bladeren ruimen");
        station.signOut();
    }

    @Test
    void a_help_call_shows_on_the_card_until_the_supervisor_marks_it_given() {
        signIn("beheer");
        UI.getCurrent().navigate("floor");
        StationRuntime station = runtimes.runtime("GRO-2").orElseThrow();
        station.scan("P-1011");

        station.help();

        pushUntil(() -> assertThat(card("GRO-2").getClassNames()).contains("help"));
        _click(_get(card("GRO-2"), Button.class, spec -> spec.withClasses("floor-help-given")));
        pushUntil(() -> assertThat(card("GRO-2").getClassNames()).doesNotContain("help"));
        assertThat(station.state().helpWaiting()).isFalse();
        station.signOut();
    }

    @Test
    void a_supervisor_sees_only_the_sites_of_their_own_teams() {
        signIn("begeleider");

        UI.getCurrent().navigate("floor");

        assertThat(_find(StationCard.class)).extracting(c -> c.getElement().getAttribute("data-station"))
                .contains("MON-1", "VER-1").doesNotContain("GRO-1", "GRO-2", "GRO-3");
    }

    @Test
    void the_pace_bar_compares_the_last_half_hour_with_the_norm_and_stays_away_without_a_norm_or_during_downtime() {
        signIn("begeleider");
        java.time.Instant now = java.time.Instant.parse("2026-12-03T10:00:00Z");
        nl.stapwijs.production.FloorCard working = new nl.stapwijs.production.FloorCard("VER-1", 5L, 7L, 50, 20,
                java.util.List.of(), false, null, now, null, now.minusSeconds(30 * 60));
        PaceBar bar = new PaceBar();

        bar.show(working, (task, at) -> java.util.OptionalDouble.of(60), now);

        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getElement().getTextRecursively()).isEqualTo("40 per uur · norm 60");
        assertThat(bar.getChildren().findFirst().orElseThrow().getChildren().findFirst().orElseThrow().getElement()
                .getStyle().get("width")).isEqualTo("66.7%");

        bar.show(working, (task, at) -> java.util.OptionalDouble.empty(), now);
        assertThat(bar.isVisible()).as("no norm").isFalse();
        bar.show(new nl.stapwijs.production.FloorCard("VER-1", 5L, 7L, 50, 20, java.util.List.of(), false, "MACHINE", now,
                null, now.minusSeconds(1800)), (task, at) -> java.util.OptionalDouble.of(60), now);
        assertThat(bar.isVisible()).as("downtime").isFalse();

        bar.show(working, (task, at) -> java.util.OptionalDouble.of(80), now);
        assertThat(bar.isVisible()).as("back at work, a new norm").isTrue();
        assertThat(bar.getElement().getTextRecursively()).isEqualTo("40 per uur · norm 80");
        assertThat(bar.getChildren().findFirst().orElseThrow().getChildren().findFirst().orElseThrow().getElement()
                .getStyle().get("width")).isEqualTo("50.0%");
    }

    private static StationCard card(String station) {
        return _find(StationCard.class).stream()
                .filter(c -> station.equals(c.getElement().getAttribute("data-station"))).findFirst().orElseThrow();
    }

    private long bladTask() {
        return instructions.tasks().stream().filter(t -> t.code().equals("BLAD")).findFirst().orElseThrow().id();
    }
}
