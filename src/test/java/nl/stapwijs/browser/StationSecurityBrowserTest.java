package nl.stapwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import nl.stapwijs.production.Journal;
import nl.stapwijs.workforce.StationBinding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A station is reachable only from its bound browser or device, never from another site's page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=2",
        "stapwijs.data-dir=target/test-data/browser-${random.uuid}"})
class StationSecurityBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    StationBinding binding;

    @Autowired
    Journal journal;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.open("unbound");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void an_unbound_browser_gets_the_friendly_page_and_never_the_worker_flow() {
        browser.get("http://localhost:" + port + "/station/GRO-3");

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("h1")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Dit scherm is nog geen werkplek.");
        assertThat(browser.findElements(By.cssSelector(".station[data-mode]"))).isEmpty();
        Browsers.screenshot(browser, "9-not-a-station");
    }

    @Test
    void a_page_on_another_site_cannot_post_a_scan_even_as_a_simple_cross_origin_request() {
        long before = journal.lastSeq("GRO-3");
        browser.get("http://127.0.0.1:" + port + "/login");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());

        Object status = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {method: 'POST', mode: 'no-cors', credentials: 'include',
                        headers: {'Content-Type': 'text/plain'}, body: 'P-1012'})
                    .then(r => done('sent ' + r.type), e => done('failed'));
                """, "http://localhost:" + port + "/api/stations/GRO-3/scans");

        assertThat(String.valueOf(status)).isIn("sent opaque", "failed");
        assertThat(journal.lastSeq("GRO-3")).isEqualTo(before);
    }

    @Test
    void the_station_api_answers_only_its_own_device_and_only_from_its_own_origin() throws Exception {
        String token = binding.pair(binding.newPairingCode("GRO-3", "test").code(), "test device").orElseThrow().token();
        String other = binding.pair(binding.newPairingCode("GRO-2", "test").code(), "other device").orElseThrow().token();

        assertThat(post(null, null).statusCode()).isEqualTo(401);
        assertThat(post("Bearer not-a-token", null).statusCode()).isEqualTo(401);
        assertThat(post("Bearer " + other, null).statusCode()).isEqualTo(403);
        assertThat(post("Bearer " + token, "http://evil.example").statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = post("Bearer " + token, null);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("SIGNED_IN");
        assertThat(journal.ofStationSince("GRO-3", Instant.EPOCH)).isNotEmpty();
    }

    @Test
    void a_used_or_wrong_pairing_code_binds_nothing() throws Exception {
        String code = binding.newPairingCode("GRO-1", "test").code();
        assertThat(pair(code).statusCode()).isEqualTo(200);

        assertThat(pair(code).statusCode()).isEqualTo(403);
        assertThat(pair("WRONG123").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> post(String authorization, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/stations/GRO-3/scans"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("P-1012"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> pair(String code) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/pair"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"label\":\"pi\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
