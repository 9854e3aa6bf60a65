package nl.stapwijs.station;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.nodefeature.ElementData;
import java.util.List;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StationViewTest extends KaribuTest {

    @Autowired
    WorkforceService workforce;

    @Autowired
    ProductService products;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void a_badge_scanned_anywhere_on_the_page_signs_in_and_shows_the_tasks_as_tiles() {
        StationView view = open("VER-2");

        view.scanned("P-1006\n");
        push();

        assertThat(mode()).isEqualTo("CHOOSE_TASK");
        assertThat(_find(Button.class, spec -> spec.withClasses("task-tile"))).hasSize(2);
        signOut(view);
    }

    @Test
    void tapping_ones_own_photo_signs_in_without_remembering_anything() {
        open("VER-3");

        _click(_get(Button.class, spec -> spec.withClasses("worker-tile").withAttribute("data-worker",
                String.valueOf(workforce.workerByBadge("P-1007").orElseThrow().id()))));
        push();

        assertThat(mode()).isEqualTo("CHOOSE_TASK");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(javaScriptSent()).anyMatch(js -> js.contains("dir"));
        _click(_get(Button.class, spec -> spec.withClasses("station-button").withText("مساعدة")));
    }

    @Test
    void a_step_screen_has_at_most_four_targets_and_the_progress_in_words() {
        StationView view = open("VER-4");
        view.scanned("P-1008");
        push();
        _click(_get(Button.class, spec -> spec.withAttribute("data-task", "VOUWEN")));
        push();

        assertThat(mode()).isEqualTo("STEPS");
        assertThat(_find(Button.class)).hasSizeLessThanOrEqualTo(4);
        assertThat(_get(Span.class, spec -> spec.withClasses("station-progress-label")).getText()).isEqualTo("Stap 1 van 5");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("step-text")).getText())
                .isEqualTo("Pak een platte doos.");
        _click(_get(Button.class, spec -> spec.withClasses("step-next")));
        push();
        assertThat(_get(Span.class, spec -> spec.withClasses("station-progress-label")).getText()).isEqualTo("Stap 2 van 5");
        signOut(view);
    }

    @Test
    void a_confirmed_unit_shows_a_tick_plays_a_sound_and_counts_up() {
        StationView view = openInProduction("VER-5", "P-1009", "VOUWEN");
        int before = count();

        view.scanned(code("Doos 40x30"));
        push();

        assertThat(count()).isEqualTo(before + 1);
        assertThat(_get(Span.class, spec -> spec.withClasses("confirmation-tick")).getText()).isEqualTo("✓");
        assertThat(javaScriptSent()).anyMatch(js -> js.contains("stapwijs.sound('ok'"));
        signOut(view);
    }

    @Test
    void a_wrong_product_is_refused_calmly_with_a_picture_of_the_expected_one() {
        StationView view = openInProduction("MON-1", "P-1001", "LAMP");
        int before = count();

        view.scanned(code("Doos 40x30"));
        push();

        assertThat(count()).isEqualTo(before);
        Component notice = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("refusal"));
        assertThat(notice.getElement().getClassList()).doesNotContain("error", "alarm");
        assertThat(_get(notice, Image.class).getSrc()).contains(products.products().stream()
                .filter(p -> p.name().equals("Bureaulamp")).findFirst().orElseThrow().pictogram().substring(9));
        assertThat(javaScriptSent()).anyMatch(js -> js.contains("stapwijs.sound('refused'"));
        assertThat(_find(Span.class, spec -> spec.withClasses("confirmation-tick"))).isEmpty();
        signOut(view);
    }

    @Test
    void signing_out_shows_my_day_in_words_and_never_a_percentage() {
        StationView view = openInProduction("MON-2", "P-1002", "STEKKER");
        view.scanned(code("Kabel met stekker"));
        view.scanned(code("Kabel met stekker"));
        push();

        _click(_get(Button.class, spec -> spec.withClasses("production-done")));
        push();

        assertThat(mode()).isEqualTo("MY_DAY");
        List<String> lines = _find(Span.class, spec -> spec.withClasses("myday-text")).stream().map(Span::getText).toList();
        assertThat(lines).containsExactly("Vandaag 2 kabels");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("%");
        _click(_get(Button.class, spec -> spec.withText("Tot ziens")));
        push();
        assertThat(mode()).isEqualTo("SIGN_IN");
    }

    @Test
    void a_piece_that_is_not_good_is_set_aside_through_a_picture_menu_without_touching_the_count() {
        StationView view = openInProduction("MON-3", "P-1003", "LAMP");
        view.scanned(code("Bureaulamp"));
        push();
        int before = count();

        _click(_get(Button.class, spec -> spec.withClasses("production-reject")));
        push();
        List<Button> choices = _find(Button.class, spec -> spec.withClasses("choice-tile"));
        assertThat(choices).hasSizeLessThanOrEqualTo(ChoicePanel.MAX_CHOICES);
        assertThat(choices).allSatisfy(choice -> assertThat(_find(choice, Image.class)).hasSize(1));
        _click(_get(Button.class, spec -> spec.withClasses("reject-DAMAGED")));
        push();

        assertThat(mode()).isEqualTo("PRODUCTION");
        assertThat(count()).isEqualTo(before);
        assertThat(_get(Span.class, spec -> spec.withClasses("confirmation-text")).getText()).as("Olena reads Ukrainian").isEqualTo("Відкладено");
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("%");
        signOut(view);
    }

    @Test
    void work_that_cannot_go_on_shows_a_calm_downtime_screen_until_the_worker_goes_on() {
        StationView view = openInProduction("MON-4", "P-1004", "STEKKER");

        _click(_get(Button.class, spec -> spec.withClasses("production-downtime")));
        push();
        assertThat(_find(Button.class, spec -> spec.withClasses("choice-tile"))).hasSize(4);
        _click(_get(Button.class, spec -> spec.withClasses("downtime-NO_MATERIAL")));
        push();

        assertThat(mode()).isEqualTo("DOWNTIME");
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).as("Mehmet reads Turkish").isEqualTo("Malzeme yok");
        _click(_get(Button.class, spec -> spec.withText("Devam et")));
        push();
        assertThat(mode()).isEqualTo("PRODUCTION");
        signOut(view);
    }

    @Test
    void an_order_sheet_scanned_at_the_station_shows_the_order_in_the_header() {
        StationView view = open("GRO-3");
        view.scanned("P-1012");
        push();
        var admin = context.getBean(nl.stapwijs.workforce.StaffService.class).viewer("beheer").orElseThrow();
        long bag = products.products().stream().filter(p -> p.name().equals("Zak bladafval")).findFirst().orElseThrow().id();
        long task = context.getBean(nl.stapwijs.instruction.InstructionService.class).tasks().stream()
                .filter(t -> t.code().equals("BLAD")).findFirst().orElseThrow().id();
        var order = context.getBean(nl.stapwijs.production.OrderService.class).create(admin,
                new nl.stapwijs.production.OrderDraft("Gemeente Oost", null, bag, 50, java.time.LocalDate.now().plusDays(9),
                        null, List.of(task), List.of(), List.of()));

        view.scanned(order.code());
        push();

        assertThat(mode()).isEqualTo("STEPS");
        assertThat(_get(Span.class, spec -> spec.withClasses("station-task")).getText())
                .isEqualTo("Bladeren ruimen · opdracht " + order.code());
        while ("STEPS".equals(mode())) {
            _click(_get(Button.class, spec -> spec.withClasses("step-next")));
            push();
        }
        signOut(view);
    }

    @Test
    void an_unknown_station_code_gets_a_friendly_page() {
        UI.getCurrent().navigate("station/NOPE-9");

        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Dit scherm is nog geen werkplek.");
    }

    @Test
    void a_browser_that_is_not_bound_to_the_station_gets_the_friendly_page_not_the_flow() {
        bindBrowserTo("VER-2");

        UI.getCurrent().navigate("station/VER-3");

        assertThat(_find(StationView.class)).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Dit scherm is nog geen werkplek.");
    }

    private StationView open(String station) {
        bindBrowserTo(station);
        UI.getCurrent().navigate("station/" + station);
        return _get(StationView.class);
    }

    private StationView openInProduction(String station, String badge, String task) {
        StationView view = open(station);
        view.scanned(badge);
        push();
        _click(_get(Button.class, spec -> spec.withAttribute("data-task", task)));
        push();
        while ("STEPS".equals(mode())) {
            _click(_get(Button.class, spec -> spec.withClasses("step-next")));
            push();
        }
        return view;
    }

    private void signOut(StationView view) {
        if ("PRODUCTION".equals(mode())) {
            _click(_get(Button.class, spec -> spec.withClasses("production-done")));
            push();
        }
    }

    private String code(String productName) {
        long id = products.products().stream().filter(p -> p.name().equals(productName)).findFirst().orElseThrow().id();
        return products.barcodes().stream().filter(b -> b.productId() == id).findFirst().orElseThrow().code();
    }

    private static String mode() {
        return _get(StationView.class).getElement().getAttribute("data-mode");
    }

    private static int count() {
        return Integer.parseInt(_get(Span.class, spec -> spec.withClasses("production-number")).getText());
    }
}
