package nl.stapwijs.station;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.coaching.LevelService;
import nl.stapwijs.coaching.ProgressService;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.WorkforceService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The kiosk's side of coaching: the production screen follows the support level, and "mijn voortgang". */
class StationProgressViewTest extends KaribuTest {

    @Autowired
    WorkforceService workforce;

    @Autowired
    StaffService staff;

    @Autowired
    LevelService levels;

    @Autowired
    InstructionService instructions;

    @Autowired
    ProgressService progress;

    @Test
    void at_steps_on_request_production_has_a_large_show_steps_button_and_at_production_only_none() {
        long mehmet = workforce.workerByBadge("P-1004").orElseThrow().id();
        var supervisor = staff.viewer("begeleider").orElseThrow();
        levels.setSupport(supervisor, mehmet, task("LAMP"), SupportLevel.STEPS_ON_REQUEST, null);
        levels.setSupport(supervisor, mehmet, task("STEKKER"), SupportLevel.PRODUCTION_ONLY, null);
        StationView view = open("MON-4");

        view.scanned("P-1004");
        push();
        _click(_get(Button.class, spec -> spec.withAttribute("data-task", "LAMP")));
        push();

        assertThat(mode()).isEqualTo("PRODUCTION");
        Button steps = _get(Button.class, spec -> spec.withClasses("production-steps"));
        assertThat(steps.getClassNames()).contains("large");
        _click(steps);
        push();
        assertThat(mode()).isEqualTo("STEPS");

        signOutAndBack("P-1004");
        _click(_get(Button.class, spec -> spec.withAttribute("data-task", "STEKKER")));
        push();

        assertThat(mode()).isEqualTo("PRODUCTION");
        assertThat(_find(Button.class, spec -> spec.withClasses("production-steps"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withClasses("production-done")));
        push();
        _click(_get(Button.class, spec -> spec.withClasses("myday-finish")));
        push();
        assertThat(mode()).isEqualTo("SIGN_IN");
    }

    @Test
    void after_signing_out_the_worker_sees_their_own_progress_in_words_and_pictures_with_the_note_read_aloud() {
        long fatima = workforce.workerByBadge("P-1001").orElseThrow().id();
        // The demo's notes are spoken in the background while the workshop starts.
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> progress.of(fatima, "ar").notes().stream().allMatch(n -> n.audio() != null));
        StationView view = open("MON-3");
        view.scanned("P-1001");
        push();

        _click(_get(Button.class, spec -> spec.withClasses("choose-progress")));
        push();
        assertThat(mode()).isEqualTo("PROGRESS");
        _click(_get(Button.class, spec -> spec.withClasses("primary")));
        push();
        assertThat(mode()).isEqualTo("CHOOSE_TASK");

        _click(_get(Button.class, spec -> spec.withAttribute("data-task", "LAMP")));
        push();
        while ("STEPS".equals(mode())) {
            _click(_get(Button.class, spec -> spec.withClasses("step-next")));
            push();
        }
        _click(_get(Button.class, spec -> spec.withClasses("production-done")));
        push();
        _click(_get(Button.class, spec -> spec.withClasses("myday-progress")));
        push();

        assertThat(mode()).isEqualTo("PROGRESS");
        String text = _get(StationView.class).getElement().getTextRecursively();
        assertThat(text).contains("Ik leer stekkers monteren.", "Je vroeg zelf om nieuw werk. Goed gedaan!")
                .doesNotContain("%", "Helpt Jan", "norm");
        assertThat(_get(Span.class, spec -> spec.withClasses("progress-note-text")).getElement().getAttribute("lang"))
                .isEqualTo("nl");
        assertThat(_find(Button.class)).hasSizeLessThanOrEqualTo(4);
        assertThat(_find(Button.class, spec -> spec.withClasses("step-replay"))).hasSize(1);
        assertThat(javaScriptSent()).anyMatch(js -> js.contains("stapwijs.readAloud"));

        _click(_get(Button.class, spec -> spec.withClasses("primary")));
        push();
        assertThat(mode()).isEqualTo("MY_DAY");
        _click(_get(Button.class, spec -> spec.withClasses("myday-finish")));
        push();
        assertThat(mode()).isEqualTo("SIGN_IN");
    }

    private void signOutAndBack(String badge) {
        push();
        if ("STEPS".equals(mode())) {
            while ("STEPS".equals(mode())) {
                _click(_get(Button.class, spec -> spec.withClasses("step-next")));
                push();
            }
        }
        _click(_get(Button.class, spec -> spec.withClasses("production-done")));
        push();
        _get(StationView.class).scanned(badge);
        push();
    }

    private long task(String code) {
        return instructions.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private StationView open(String station) {
        bindBrowserTo(station);
        UI.getCurrent().navigate("station/" + station);
        return _get(StationView.class);
    }

    private static String mode() {
        return _get(StationView.class).getElement().getAttribute("data-mode");
    }
}
