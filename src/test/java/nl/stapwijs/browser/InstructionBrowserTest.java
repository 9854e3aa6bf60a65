package nl.stapwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stapwijs.instruction.InstructionService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The worker's screens with their read-aloud audio in a real headless Chromium: axe-core finds
 * no violation on any of them, the step screen keeps KIOSK-UX rules 1-4 and 11 (Arabic right
 * to left), and the demo task can be done with every text hidden, from pictures and audio alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=1",
        "stapwijs.data-dir=target/test-data/instruction-browser-${random.uuid}"})
class InstructionBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    InstructionService instructions;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.open("instructions");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void every_worker_screen_passes_axe_and_the_step_screen_keeps_the_kiosk_rules_in_arabic() {
        awaitAudio();
        bind("VER-3");
        axe("sign-in");
        browser.findElement(By.cssSelector(".station-about-link")).click();
        waitUntil(() -> !browser.findElements(By.cssSelector(".licences")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".licences")).getText()).contains("OpenMoji").contains("CC BY-SA 4.0");
        axe("about");
        Browsers.screenshot(browser, "instruction-about-kiosk");
        browser.navigate().back();
        waitForMode("SIGN_IN");

        scan("P-1007");
        waitForMode("CHOOSE_TASK");
        axe("choose-task-ar");
        browser.findElement(By.cssSelector("vaadin-button[data-task='VOUWEN']")).click();
        waitForMode("STEPS");
        waitUntil(() -> "rtl".equals(browser.executeScript("return document.documentElement.dir")));
        axe("step-ar");
        Browsers.screenshot(browser, "instruction-step-arabic");
        assertThat(browser.findElements(By.cssSelector(".station vaadin-button"))).hasSizeLessThanOrEqualTo(4);
        assertThat(browser.findElements(By.cssSelector("vaadin-button.step-replay"))).hasSize(1);
        for (Map<String, Object> target : targets()) {
            assertThat(Math.min(number(target.get("w")), number(target.get("h")))).as("%s", target.get("name")).isGreaterThanOrEqualTo(44);
        }
        Map<String, Object> text = style(".step-text");
        assertThat(number(text.get("size"))).isGreaterThanOrEqualTo(32);
        assertThat(number(text.get("line")) / number(text.get("size"))).isGreaterThanOrEqualTo(1.5);
        assertThat(number(style(".station-progress-label").get("size"))).isGreaterThanOrEqualTo(24);
        assertThat(browser.findElement(By.cssSelector("audio.read-aloud")).getAttribute("src")).contains("/media/tts-");
        waitUntil(() -> Boolean.TRUE.equals(browser.executeScript(
                "const a = document.querySelector('audio.read-aloud'); return a.played.length > 0 || !a.paused;")));

        while ("STEPS".equals(mode())) {
            String label = browser.findElement(By.cssSelector(".station-progress-label")).getText();
            browser.findElement(By.cssSelector("vaadin-button.step-next")).click();
            waitUntil(() -> !"STEPS".equals(mode()) || browser.findElements(By.cssSelector(".station-progress-label"))
                    .stream().noneMatch(l -> l.getText().equals(label)));
        }
        waitForMode("PRODUCTION");
        axe("production-ar");
        browser.findElement(By.cssSelector("vaadin-button.production-done")).click();
        waitForMode("MY_DAY");
        axe("my-day-ar");

        browser.get(url("/i/VOUWEN?lang=ar"));
        waitUntil(() -> !browser.findElements(By.cssSelector(".digital-step")).isEmpty());
        axe("digital-version");
        Browsers.screenshot(browser, "instruction-digital-arabic");
    }

    @Test
    void the_demo_task_can_be_done_with_every_text_hidden_from_pictures_and_audio_alone() {
        awaitAudio();
        bind("VER-1");
        browser.executeScript("""
                const style = document.createElement('style');
                // Text elements vanish; a button's own words turn transparent so that its picture stays.
                style.textContent = '.step-text, .tile-label, .station-task, .station-name, .station-progress-label, '
                  + 'vaadin-button span, .production-label, .myday-text { visibility: hidden !important; } '
                  + 'vaadin-button, vaadin-button::part(label) { color: transparent !important; }';
                document.head.appendChild(style);
                """);
        scan("P-1005");
        waitForMode("CHOOSE_TASK");
        browser.findElement(By.cssSelector("vaadin-button[data-task='VOUWEN'] img")).click();
        waitForMode("STEPS");
        int steps = 0;
        while ("STEPS".equals(mode())) {
            steps++;
            assertThat(browser.findElement(By.cssSelector(".step-picture-frame img, .step-picture-frame video")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".step-text")).isDisplayed()).as("text hidden").isFalse();
            String audio = browser.findElement(By.cssSelector("audio.read-aloud")).getAttribute("src");
            waitUntil(() -> Boolean.TRUE.equals(browser.executeScript(
                    "const a = document.querySelector('audio.read-aloud'); return a.played.length > 0 || !a.paused;")));
            assertThat(audio).contains("/media/");
            Browsers.screenshot(browser, "instruction-no-text-step-" + steps);
            String before = audio;
            browser.findElement(By.cssSelector("vaadin-button.step-next img")).click();
            waitUntil(() -> !"STEPS".equals(mode()) || !browser.findElements(By.cssSelector("audio.read-aloud")).stream()
                    .allMatch(a -> before.equals(a.getAttribute("src"))));
        }
        assertThat(steps).isEqualTo(5);
        waitForMode("PRODUCTION");
    }

    private void awaitAudio() {
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> instructions.versionsMissingAudio().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void axe(String screen) {
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> style(String css) {
        return (Map<String, Object>) browser.executeScript("""
                const s = getComputedStyle(document.querySelector(arguments[0]));
                return {size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight)};""", css);
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
