package nl.stapwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A supervisor in a real browser opens the wage-value table for the last weeks of the demo,
 * opens a worker and drills down from a figure to the journal events behind it; then asks the
 * recompute endpoint for the same worker's calculation, which another team's worker and an
 * anonymous caller do not get.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=10",
        "stapwijs.data-dir=target/test-data/wagevalue-browser-${random.uuid}"})
class WageValueBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    WorkforceService workforce;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.open("wagevalue");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_supervisor_opens_the_table_and_drills_down_from_a_figure_to_the_events_behind_it() throws Exception {
        signIn("begeleider", "stapwijs-begeleider");
        LocalDate today = LocalDate.now();
        String period = "from=" + today.minusDays(14) + "&to=" + today;
        browser.get(url("/wagevalue?" + period));
        waitUntil(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'Sanne B.')]")).isEmpty());

        assertThat(browser.findElement(By.cssSelector(".wagevalue-label")).getText())
                .isEqualTo("indicatie — geen vastgestelde loonwaarde");
        assertThat(browser.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'Kees V.')]")))
                .as("another team's worker").isEmpty();
        Browsers.screenshot(browser, "wagevalue-table");
        tablet(() -> Browsers.screenshot(browser, "wagevalue-table-tablet"));

        browser.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Sanne B.')]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/wagevalue/worker") && !d.findElements(By.cssSelector(".figure-card"))
                .isEmpty());
        assertThat(browser.findElement(By.cssSelector(".wagevalue-label")).getText()).contains("geen vastgestelde");
        assertThat(browser.findElements(By.cssSelector("img.wagevalue-chart"))).isNotEmpty();
        Browsers.screenshot(browser, "wagevalue-worker");
        tablet(() -> Browsers.screenshot(browser, "wagevalue-worker-tablet"));

        WebElement productivity = browser.findElement(By.xpath(
                "//div[contains(@class,'figure-card')][span[@class='figure-label' and text()='Productiviteit']]"));
        productivity.findElement(By.tagName("vaadin-button")).click();
        waitUntil(d -> d.findElement(By.cssSelector(".wagevalue-events")).isDisplayed());
        WebElement events = browser.findElement(By.cssSelector(".wagevalue-events"));
        assertThat(events.findElement(By.tagName("h3")).getText()).isEqualTo("Registraties achter: Productiviteit");
        waitUntil(d -> !events.findElements(By.xpath(".//vaadin-grid-cell-content[text()='geteld']")).isEmpty());
        int count = Integer.parseInt(events.findElement(By.tagName("p")).getText().replaceAll("\\D", ""));
        assertThat(count).isGreaterThan(10);
        Browsers.screenshot(browser, "wagevalue-drilldown");

        String worker = browser.getCurrentUrl().replaceAll(".*worker=(\\d+).*", "$1");
        String api = "/api/wagevalue/" + worker + "?" + period;
        String own = fetch(api);
        assertThat(own).startsWith("200\n").contains("\"formulaVersion\"", "\"label\"", "\"normsUsed\"");
        long kees = workforce.workerByBadge("P-1010").orElseThrow().id();
        assertThat(fetch("/api/wagevalue/" + kees + "?" + period)).startsWith("404");
        assertThat(fetch("/api/wagevalue/" + worker + "?from=" + today + "&to=" + today.minusDays(1))).startsWith("400");
        assertThat(fetch("/api/wagevalue/" + worker + "/slice?" + period)).startsWith("200\n")
                .contains("stapwijs-journal-slice/1");

        HttpResponse<String> anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url(api))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(302, 401);
        assertThat(anonymous.body()).doesNotContain("formulaVersion");
    }

    @Test
    void an_admin_sees_the_norm_roster_and_subsidy_pages() {
        signIn("beheer", "stapwijs-beheer");
        for (String page : java.util.List.of("norms", "rosters", "admin/lks")) {
            browser.get(url("/" + page));
            waitUntil(d -> !d.findElements(By.cssSelector(".admin-page h2")).isEmpty());
            if (page.equals("norms")) {
                browser.findElement(By.cssSelector("vaadin-combo-box")).click();
                waitUntil(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
                browser.findElements(By.cssSelector("vaadin-combo-box-item")).get(0).click();
                waitUntil(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[text()='v1']")).isEmpty());
            }
            String name = "wagevalue-" + page.replace("admin/", "");
            Browsers.screenshot(browser, name);
            tablet(() -> Browsers.screenshot(browser, name + "-tablet"));
        }
        assertThat(browser.findElement(By.cssSelector(".admin-page h2")).getText()).isEqualTo("Loonkostensubsidie");
    }

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        waitUntil(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        WebElement form = browser.findElement(By.cssSelector("vaadin-login-form"));
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password + Keys.ENTER);
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The same page at a tablet's size (768x1024), then back to the staff screen of 1280x800. */
    private static void tablet(Runnable look) {
        Browsers.atSize(browser, 768, 1024, look);
    }

    /** The status and body of a GET from the signed-in page itself, with its session. */
    private static String fetch(String path) {
        return String.valueOf(browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})
                  .then(r => r.text().then(t => done(r.status + '\\n' + t)))
                  .catch(e => done('error ' + e));
                """, path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition::apply);
    }
}
