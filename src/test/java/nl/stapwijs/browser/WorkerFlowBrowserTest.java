package nl.stapwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stapwijs.production.ProductService;
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
 * The whole worker flow in a real headless Chromium: badge → task → every step → three
 * scans, with the floor open in a second browser. Saves a screenshot of every worker
 * screen at kiosk size (1280x800) under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=2",
        "stapwijs.data-dir=target/test-data/browser-${random.uuid}"})
class WorkerFlowBrowserTest {

    /** KIOSK-UX rule 1 at the demo stations' 3.78 px per mm: 20 mm for primary actions. */
    private static final double PRIMARY_MIN_PX = 20 * 3.78;

    static ChromeDriver station;
    static ChromeDriver floor;

    @LocalServerPort
    int port;

    @Autowired
    ProductService products;

    @BeforeAll
    static void openBrowsers() {
        station = Browsers.open("station");
        Browsers.recordTones(station);
        floor = Browsers.open("floor");
    }

    @AfterAll
    static void closeBrowsers() {
        station.quit();
        floor.quit();
    }

    @Test
    void badge_task_all_steps_and_three_scans_reach_the_floor_within_a_second() {
        bind(station, "VER-1");
        waitForMode("SIGN_IN");
        assertTargetsAreLargeEnough("sign-in");
        Browsers.screenshot(station, "1-sign-in");

        scan("P-1005");
        waitForMode("CHOOSE_TASK");
        assertTargetsAreLargeEnough("task choice");
        Browsers.screenshot(station, "2-choose-task");

        station.findElement(By.cssSelector("vaadin-button[data-task='VOUWEN']")).click();
        waitForMode("STEPS");
        int steps = 0;
        while ("STEPS".equals(mode())) {
            steps++;
            waitUntilText(".station-progress-label", "Stap " + steps + " van 5");
            assertTargetsAreLargeEnough("step " + steps);
            assertThat(station.findElements(By.cssSelector(".station vaadin-button"))).hasSizeLessThanOrEqualTo(4);
            Browsers.screenshot(station, "3-step-" + steps);
            String next = "Stap " + (steps + 1) + " van 5";
            station.findElement(By.cssSelector("vaadin-button.step-next")).click();
            waitUntil(() -> !"STEPS".equals(mode()) || station.findElements(By.cssSelector(".station-progress-label"))
                    .stream().anyMatch(label -> label.getText().equals(next)));
        }
        assertThat(steps).isEqualTo(5);
        waitForMode("PRODUCTION");

        signIn(floor, "begeleider", "stapwijs-begeleider");
        floor.get(url("/floor"));
        waitUntil(floor, () -> !floor.findElements(By.cssSelector(".floor-card[data-station='VER-1']")).isEmpty());

        String box = productCode("Doos 40x30");
        for (int unit = 1; unit <= 3; unit++) {
            scan(box);
            int expected = unit;
            waitUntilText(".production-number", String.valueOf(expected));
        }
        long confirmedAt = System.nanoTime();
        new WebDriverWait(floor, Duration.ofSeconds(1)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(
                By.cssSelector(".floor-card[data-station='VER-1'] .floor-today .floor-number")).getText().equals("3"));
        long floorMillis = (System.nanoTime() - confirmedAt) / 1_000_000;
        assertThat(floorMillis).isLessThan(1_000);
        assertThat(station.findElement(By.cssSelector(".confirmation-tick")).getText()).isEqualTo("✓");
        assertTargetsAreLargeEnough("production");
        Browsers.screenshot(station, "4-production");
        Browsers.screenshot(floor, "floor");
        assertThat(tones()).containsExactly(880.0, 880.0, 880.0);

        scan(productCode("Zakje schroeven 10 stuks"));
        waitUntil(() -> !station.findElements(By.cssSelector(".refusal")).isEmpty());
        assertThat(station.findElement(By.cssSelector(".refusal .refusal-picture")).getAttribute("src")).contains("1F4E6");
        assertThat(station.findElement(By.cssSelector(".production-number")).getText()).isEqualTo("3");
        Browsers.screenshot(station, "5-refused");

        station.findElement(By.cssSelector("vaadin-button.production-done")).click();
        waitForMode("MY_DAY");
        assertThat(station.findElement(By.cssSelector(".myday-text")).getText()).isEqualTo("Vandaag 3 dozen");
        Browsers.screenshot(station, "6-my-day");
        station.findElement(By.cssSelector(".station-actions vaadin-button")).click();
        waitForMode("SIGN_IN");
    }

    @Test
    void a_photo_tile_signs_in_and_the_screen_turns_right_to_left_in_arabic() {
        bind(station, "VER-3");
        waitForMode("SIGN_IN");

        station.findElements(By.cssSelector("vaadin-button.worker-tile")).stream()
                .filter(tile -> tile.getText().contains("Ahmed")).findFirst().orElseThrow().click();
        waitForMode("CHOOSE_TASK");

        waitUntil(() -> "rtl".equals(station.executeScript("return document.documentElement.dir")));
        assertThat(station.executeScript("return document.documentElement.lang")).isEqualTo("ar");
        Browsers.screenshot(station, "7-choose-task-arabic");
        station.findElement(By.cssSelector("vaadin-button[data-task='ZAKJES']")).click();
        waitForMode("STEPS");
        Browsers.screenshot(station, "8-step-arabic");
    }

    /** The demo's way to make a browser a station: the "not a station yet" page offers to bind it. */
    private void bind(ChromeDriver browser, String code) {
        browser.get(url("/station/" + code));
        waitUntil(browser, () -> !browser.findElements(By.cssSelector("button.demo-bind")).isEmpty()
                || !browser.findElements(By.cssSelector(".station[data-mode]")).isEmpty());
        if (!browser.findElements(By.cssSelector("button.demo-bind")).isEmpty()) {
            browser.findElement(By.cssSelector("button.demo-bind")).click();
        }
        waitUntil(browser, () -> !browser.findElements(By.cssSelector(".station[data-mode]")).isEmpty());
    }

    static void signIn(ChromeDriver browser, String username, String password, String baseUrl) {
        browser.get(baseUrl + "/login");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
        WebElement form = browser.findElement(By.cssSelector("vaadin-login-form"));
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password + Keys.ENTER);
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (RuntimeException e) {
            Browsers.screenshot(browser, "debug-login");
            System.out.println("DEBUG url " + browser.getCurrentUrl());
            throw e;
        }
    }

    private void signIn(ChromeDriver browser, String username, String password) {
        signIn(browser, username, password, url(""));
    }

    private void scan(String code) {
        new Actions(station).sendKeys(code + Keys.ENTER).perform();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String productCode(String name) {
        long id = products.products().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
        return products.barcodes().stream().filter(b -> b.productId() == id).findFirst().orElseThrow().code();
    }

    private static String mode() {
        List<WebElement> views = station.findElements(By.cssSelector(".station[data-mode]"));
        return views.isEmpty() ? "" : views.get(0).getAttribute("data-mode");
    }

    private static void waitForMode(String mode) {
        waitUntil(() -> mode.equals(mode()));
    }

    private static void waitUntilText(String css, String text) {
        waitUntil(() -> station.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().equals(text)));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        waitUntil(station, condition);
    }

    private static void waitUntil(ChromeDriver driver, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    @SuppressWarnings("unchecked")
    private static List<Double> tones() {
        return ((List<Object>) station.executeScript("return window.__tones")).stream()
                .map(n -> ((Number) n).doubleValue()).toList();
    }

    /** KIOSK-UX rule 1: every target ≥ 44 CSS px; primary actions and tiles ≥ 20 mm. */
    @SuppressWarnings("unchecked")
    private static void assertTargetsAreLargeEnough(String screen) {
        List<Map<String, Object>> targets = (List<Map<String, Object>>) station.executeScript("""
                return [...document.querySelectorAll('.station vaadin-button')].map(b => {
                  const r = b.getBoundingClientRect();
                  return {w: r.width, h: r.height, primary: b.matches('.primary, .station-tile, .help, .step-next'),
                          name: b.className};
                });
                """);
        assertThat(targets).as("targets on %s", screen).isNotEmpty().allSatisfy(t -> {
            double w = ((Number) t.get("w")).doubleValue();
            double h = ((Number) t.get("h")).doubleValue();
            assertThat(Math.min(w, h)).as("%s on %s", t.get("name"), screen).isGreaterThanOrEqualTo(44);
            if ((Boolean) t.get("primary")) {
                assertThat(h).as("primary %s on %s", t.get("name"), screen).isGreaterThanOrEqualTo(PRIMARY_MIN_PX);
            }
        });
    }
}
