package nl.stapwijs.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.stapwijs.coaching.StepEvidence;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Support that fades: the station follows the worker's support level on a task from each task
 * start, and writes down what a later suggestion needs: how long each step was on screen, Back
 * presses, and help calls from a step.
 */
class FadingSupportTest {

    @TempDir
    Path dir;

    StationFixture fixture;
    StationRuntime station;
    Viewer coach;
    long sanne;
    long folding;

    @BeforeEach
    void open() {
        fixture = new StationFixture(dir);
        station = fixture.station("VER-1");
        coach = fixture.staff.viewer("coach").orElseThrow();
        sanne = fixture.workforce.workerByBadge("P-1005").orElseThrow().id();
        folding = fixture.taskId("VOUWEN");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void at_full_guidance_every_task_start_shows_the_steps_and_the_journal_says_which_level_was_followed() {
        station.scan("P-1005");
        station.chooseTask(folding);

        assertThat(station.state().mode()).isEqualTo(Mode.STEPS);
        assertThat(station.state().support()).isEqualTo(SupportLevel.FULL_GUIDANCE);
        assertThat(lastOf(EventKind.SESSION_STARTED).reason()).isEqualTo("SUPPORT_1");
    }

    @Test
    void at_steps_on_request_the_task_starts_in_production_and_the_steps_come_when_asked() {
        fixture.coaching.levels.setSupport(coach, sanne, folding, SupportLevel.STEPS_ON_REQUEST, null);
        station.scan("P-1005");
        station.chooseTask(folding);

        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(lastOf(EventKind.SESSION_STARTED).reason()).isEqualTo("SUPPORT_2");
        assertThat(kinds()).doesNotContain(EventKind.STEP_SHOWN);

        station.showSteps();

        assertThat(station.state().mode()).isEqualTo(Mode.STEPS);
        assertThat(lastOf(EventKind.STEP_SHOWN).reason()).isEqualTo(StepEvidence.ON_REQUEST);
    }

    @Test
    void a_level_set_during_a_task_holds_from_the_next_task_start_never_mid_task() {
        station.scan("P-1005");
        station.chooseTask(folding);

        fixture.coaching.levels.setSupport(coach, sanne, folding, SupportLevel.PRODUCTION_ONLY, null);
        assertThat(station.state().support()).isEqualTo(SupportLevel.FULL_GUIDANCE);
        assertThat(station.state().mode()).isEqualTo(Mode.STEPS);
        station.signOut();
        station.finish();
        station.scan("P-1005");
        station.chooseTask(folding);

        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(station.state().support()).isEqualTo(SupportLevel.PRODUCTION_ONLY);
        assertThat(lastOf(EventKind.SESSION_STARTED).reason()).isEqualTo("SUPPORT_3");
    }

    @Test
    void each_step_tells_how_long_it_was_shown_how_often_back_was_pressed_on_it_and_the_help_it_needed() {
        station.scan("P-1005");
        station.chooseTask(folding);
        long version = station.state().instruction().versionId();
        fixture.clock.advance(Duration.ofSeconds(10));
        station.next();
        fixture.clock.advance(Duration.ofSeconds(20));
        station.next();
        fixture.clock.advance(Duration.ofSeconds(30));
        station.help();
        station.back();
        fixture.clock.advance(Duration.ofSeconds(5));
        station.next();

        ProductionEvent help = lastOf(EventKind.HELP_REQUESTED);
        assertThat(help.step()).isEqualTo(3);
        assertThat(help.instructionVersion()).isEqualTo(version);
        List<StepEvidence> steps = StepEvidence.of(fixture.journalOf("VER-1"));
        assertThat(steps).filteredOn(s -> s.step() == 1).singleElement()
                .satisfies(s -> assertThat(s.onScreen()).isEqualTo(Duration.ofSeconds(10)));
        assertThat(steps).filteredOn(s -> s.step() == 2).singleElement().satisfies(s -> {
            assertThat(s.shown()).isEqualTo(2);
            assertThat(s.onScreen()).isEqualTo(Duration.ofSeconds(25));
        });
        assertThat(steps).filteredOn(s -> s.step() == 3).singleElement().satisfies(s -> {
            assertThat(s.versionId()).isEqualTo(version);
            assertThat(s.backPresses()).isEqualTo(1);
            assertThat(s.helpCalls()).isEqualTo(1);
            assertThat(s.onScreen()).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Test
    void the_progress_screen_opens_from_the_task_choice_and_from_my_day_and_returns_there() {
        station.scan("P-1005");
        station.showProgress();
        assertThat(station.state().mode()).isEqualTo(Mode.PROGRESS);
        station.closeProgress();
        assertThat(station.state().mode()).isEqualTo(Mode.CHOOSE_TASK);

        station.signOut();
        station.showProgress();
        Outcome scanned = station.scan(fixture.productCode("VOUWEN"));
        assertThat(scanned).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOT_SIGNED_IN));
        station.closeProgress();
        assertThat(station.state().mode()).isEqualTo(Mode.MY_DAY);
        station.finish();
        assertThat(station.state().mode()).isEqualTo(Mode.SIGN_IN);
    }

    private List<EventKind> kinds() {
        return fixture.journalOf("VER-1").stream().map(ProductionEvent::kind).toList();
    }

    private ProductionEvent lastOf(EventKind kind) {
        List<ProductionEvent> events = fixture.journalOf("VER-1").stream().filter(e -> e.kind() == kind).toList();
        return events.get(events.size() - 1);
    }
}
