package nl.stapwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stapwijs.coaching.ObservationService;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coach's morning in a real browser: open a worker from the caseload, write a note, accept a
 * suggestion from production, raise a skill level and find it on the team's skills matrix. And
 * the worker's own progress screen at the station, checked by axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=2",
        "stapwijs.data-dir=target/test-data/coach-browser-${random.uuid}"})
class CoachFlowBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    WorkforceService workforce;

    @Autowired
    InstructionService instructions;

    @Autowired
    Journal journal;

    @Autowired
    ObservationService observations;

    @Autowired
    nl.stapwijs.coaching.ProgressService progress;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.open("coach");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_coach_opens_a_worker_writes_a_note_accepts_a_suggestion_and_sees_a_raised_level_on_the_team_matrix() {
        Worker lisa = workforce.workerByBadge("P-1008").orElseThrow();
        threeHelpCallsFromStep4(lisa);
        signIn("coach", "stapwijs-coach");

        browser.get(url("/coaching"));
        waitUntil(() -> !browser.findElements(By.cssSelector("a.caseload-worker")).isEmpty());
        screenshots("coaching-caseload");
        browser.findElements(By.cssSelector("a.caseload-worker")).stream().filter(a -> a.getText().startsWith("Lisa"))
                .findFirst().orElseThrow().click();
        waitUntil(() -> !browser.findElements(By.cssSelector(".coaching-observations")).isEmpty());

        WebElement note = browser.findElement(By.cssSelector("vaadin-text-area.coaching-note-text textarea"));
        note.sendKeys("Lisa vouwde vandaag de flappen in de goede volgorde.");
        click(browser.findElement(By.cssSelector("vaadin-button.coaching-add-note")));
        waitUntil(() -> browser.findElements(By.cssSelector(".coaching-entry-text")).stream()
                .anyMatch(p -> p.getText().equals("Lisa vouwde vandaag de flappen in de goede volgorde.")));

        click(suggestionFromStep4().findElement(By.cssSelector("vaadin-button.coaching-accept")));
        waitUntil(() -> suggestionFromStep4().getAttribute("class").contains("accepted"));

        WebElement skill = browser.findElement(By.cssSelector(".coaching-level-row[data-task='VOUWEN'] vaadin-select.coaching-skill"));
        click(skill);
        waitUntil(() -> browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(item -> item.isDisplayed() && item.getText().startsWith("2 ")));
        browser.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().startsWith("2 ")).findFirst().orElseThrow().click();
        waitUntil(() -> browser.findElements(By.cssSelector(".coaching-level-row[data-task='VOUWEN'] .coaching-muted"))
                .stream().anyMatch(s -> s.getText().contains("coach")));
        screenshots("coaching-worker");

        browser.get(url("/skills"));
        By cell = By.cssSelector("span.matrix-cell[data-worker='" + lisa.id() + "'][data-task='VOUWEN']");
        waitUntil(() -> !browser.findElements(cell).isEmpty());
        assertThat(browser.findElement(cell).getAttribute("data-level")).isEqualTo("2");
        screenshots("coaching-matrix");
    }

    @Test
    void the_municipality_sees_figures_per_site_and_scheme_with_small_groups_suppressed() {
        signIn("gemeente", "stapwijs-gemeente");

        browser.get(url("/municipality"));
        waitUntil(() -> !browser.findElements(By.cssSelector(".municipality-cell")).isEmpty());

        assertThat(browser.findElements(By.cssSelector(".municipality-cell.suppressed"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".municipality-table")).getText()).doesNotContain("Sanne");
        screenshots("coaching-municipality");
    }

    @Test
    void the_workers_own_progress_screen_passes_axe_in_dutch_and_in_arabic_and_reads_the_note_aloud() {
        awaitNoteAudio("P-1005");
        awaitNoteAudio("P-1001");
        bind("VER-1");
        scan("P-1005");
        waitForMode("CHOOSE_TASK");
        browser.findElement(By.cssSelector("vaadin-button.choose-progress")).click();
        waitForMode("PROGRESS");
        axe("progress-nl");
        assertThat(browser.findElement(By.cssSelector(".station-progress-screen")).getText()).doesNotContain("%");
        for (Map<String, Object> target : targets()) {
            assertThat(Math.min(number(target.get("w")), number(target.get("h")))).isGreaterThanOrEqualTo(44);
        }
        assertThat(browser.findElements(By.cssSelector(".station-progress-screen vaadin-button.step-replay"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("audio.read-aloud")).getAttribute("src")).contains("/media/tts-");
        waitUntil(() -> Boolean.TRUE.equals(browser.executeScript(
                "const a = document.querySelector('audio.read-aloud'); return a.played.length > 0 || !a.paused;")));
        Browsers.screenshot(browser, "station-progress-nl");
        browser.findElement(By.cssSelector(".station-progress-screen vaadin-button.primary")).click();
        waitForMode("CHOOSE_TASK");

        bind("MON-1");
        scan("P-1001");
        waitForMode("CHOOSE_TASK");
        browser.findElement(By.cssSelector("vaadin-button.choose-progress")).click();
        waitForMode("PROGRESS");
        waitUntil(() -> "rtl".equals(browser.executeScript("return document.documentElement.dir")));
        axe("progress-ar");
        Browsers.screenshot(browser, "station-progress-ar");
    }

    /** Scrolled to the middle first: below the sticky navigation bar a click lands on the element, not on the bar. */
    private static void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static WebElement suggestionFromStep4() {
        return browser.findElements(By.cssSelector(".coaching-observation[data-rule='HELP_FROM_STEP']")).stream()
                .filter(row -> row.getAttribute("textContent").contains("vanuit stap 4")).findFirst().orElseThrow();
    }

    /** The demo's notes for the worker are spoken in the background while the workshop starts. */
    private void awaitNoteAudio(String badge) {
        long worker = workforce.workerByBadge(badge).orElseThrow().id();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> progress.of(worker, "nl").notes().stream().allMatch(n -> n.audio() != null));
    }

    /** Lisa asked for help from step 4 of the folding instruction three times this week. */
    private void threeHelpCallsFromStep4(Worker lisa) {
        long task = instructions.tasks().stream().filter(t -> t.code().equals("VOUWEN")).findFirst().orElseThrow().id();
        long version = instructions.currentInstruction(task, "nl").orElseThrow().versionId();
        // Monday morning of this week, so the three calls fall in the week the rules read.
        Instant start = observations.weekOf(Instant.now()).atTime(8, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .toInstant();
        List<ProductionEvent> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant at = start.plus(Duration.ofMinutes(20L * i));
            events.add(event(events, EventKind.SESSION_STARTED, lisa, task, version, null, at));
            events.add(event(events, EventKind.HELP_REQUESTED, lisa, task, version, 4, at.plusSeconds(60)));
            events.add(event(events, EventKind.HELP_GIVEN, lisa, task, null, null, at.plusSeconds(180)));
            events.add(event(events, EventKind.SESSION_ENDED, lisa, task, null, null, at.plusSeconds(600)));
        }
        journal.store(events);
        observations.generate(observations.weekOf(Instant.now()));
    }

    private static ProductionEvent event(List<ProductionEvent> before, EventKind kind, Worker worker, long task,
            Long version, Integer step, Instant at) {
        long seq = 9_000_000 + before.size();
        return new ProductionEvent(UUID.randomUUID(), "TEST-COACH", seq, kind, worker.id(), task, version, 0, null, step, null,
                at, "test", seq, at);
    }

    /** The page at the desktop size and at a tablet's. */
    private static void screenshots(String name) {
        Browsers.screenshot(browser, name);
        Browsers.atSize(browser, 820, 1180, () -> Browsers.screenshot(browser, name + "-tablet"));
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        waitUntil(() -> !browser.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        WebElement form = browser.findElement(By.cssSelector("vaadin-login-form"));
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password + Keys.ENTER);
        waitUntil(() -> !browser.getCurrentUrl().contains("/login"));
    }

    @SuppressWarnings("unchecked")
    private static void axe(String screen) {
        try {
            browser.executeScript(Files.readString(Path.of(".tools/assets/node_modules/axe-core/axe.min.js")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa']}})
                  .then(r => done({violations: r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))}));
                """);
        assertThat((List<String>) result.get("violations")).as("axe-core on %s", screen).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> targets() {
        return (List<Map<String, Object>>) browser.executeScript("""
                return [...document.querySelectorAll('.station vaadin-button')].map(b => {
                  const r = b.getBoundingClientRect(); return {w: r.width, h: r.height, name: b.className};
                });""");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private void bind(String code) {
        browser.get(url("/station/" + code));
        waitUntil(() -> !browser.findElements(By.cssSelector("button.demo-bind")).isEmpty()
                || !browser.findElements(By.cssSelector(".station[data-mode]")).isEmpty());
        if (!browser.findElements(By.cssSelector("button.demo-bind")).isEmpty()) {
            browser.findElement(By.cssSelector("button.demo-bind")).click();
        }
        waitUntil(() -> !browser.findElements(By.cssSelector(".station[data-mode]")).isEmpty());
    }

    private static void scan(String code) {
        new Actions(browser).sendKeys(code + Keys.ENTER).perform();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String mode() {
        var views = browser.findElements(By.cssSelector(".station[data-mode]"));
        return views.isEmpty() ? "" : views.get(0).getAttribute("data-mode");
    }

    private static void waitForMode(String mode) {
        waitUntil(() -> mode.equals(mode()));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
