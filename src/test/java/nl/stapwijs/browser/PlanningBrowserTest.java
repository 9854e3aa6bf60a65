package nl.stapwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import nl.stapwijs.barcode.PrintedBarcodes;
import nl.stapwijs.production.ProductService;
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
 * A supervisor plans an order and prints its sheet; the PDF's codes are read back. A worker
 * scans that sheet at a station and makes three boxes; the floor shows the order at the
 * station, and the orders page its progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=10",
        "stapwijs.data-dir=target/test-data/planning-browser-${random.uuid}"})
class PlanningBrowserTest {

    static ChromeDriver staff;
    static ChromeDriver station;

    @LocalServerPort
    int port;

    @Autowired
    ProductService products;

    @BeforeAll
    static void openBrowsers() {
        staff = Browsers.open("planning-staff");
        station = Browsers.open("planning-station");
    }

    @AfterAll
    static void closeBrowsers() {
        staff.quit();
        station.quit();
    }

    @Test
    void an_order_is_planned_printed_scanned_at_a_station_and_its_progress_shows_on_the_floor() throws Exception {
        WorkerFlowBrowserTest.signIn(staff, "begeleider", "stapwijs-begeleider", url(""));
        staff.get(url("/orders"));
        waitUntil(staff, () -> !staff.findElements(By.cssSelector(".orders-page vaadin-grid")).isEmpty());
        Browsers.screenshot(staff, "planning-orders");
        staff.findElement(By.cssSelector("vaadin-button.orders-new")).click();
        waitUntil(staff, () -> !staff.findElements(By.cssSelector("#order-customer input")).isEmpty());

        staff.findElement(By.cssSelector("#order-customer input")).sendKeys("Kartonnage Zuid" + Keys.TAB);
        choose("#order-product", "Doos 40", "vaadin-combo-box-item");
        staff.findElement(By.cssSelector("#order-quantity input")).sendKeys("40" + Keys.TAB);
        String due = LocalDate.now().plusDays(10).format(DateTimeFormatter.ofPattern("d-M-yyyy"));
        staff.findElement(By.cssSelector("#order-due input")).sendKeys(due + Keys.ENTER);
        choose("#order-tasks", "Dozen", "vaadin-multi-select-combo-box-item");
        staff.findElement(By.cssSelector("#order-customer input")).click();
        Browsers.screenshot(staff, "planning-order-editor");
        staff.findElement(By.cssSelector("vaadin-button.order-save")).click();
        waitUntil(staff, () -> staff.getCurrentUrl().matches(".*/orders/edit/\\d+"));
        waitUntil(staff, () -> !staff.findElements(By.cssSelector(".order-links a.download")).isEmpty());
        String title = staff.findElement(By.cssSelector(".order-edit-page h2")).getText();
        String code = title.substring(0, title.indexOf(' '));
        assertThat(code).startsWith("ORD-");

        byte[] pdf = download(staff.findElement(By.cssSelector(".order-links a.download")).getAttribute("href"));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(PrintedBarcodes.all(pdf)).contains(code);

        bind("VER-1");
        scan("P-1005");
        waitUntil(station, () -> "CHOOSE_TASK".equals(mode()));
        scan(code);
        waitUntil(station, () -> "STEPS".equals(mode()) || "PRODUCTION".equals(mode()));
        while ("STEPS".equals(mode())) {
            String shown = station.findElement(By.cssSelector(".station-progress-label")).getText();
            station.findElement(By.cssSelector("vaadin-button.step-next")).click();
            waitUntil(station, () -> !"STEPS".equals(mode()) || station.findElements(By.cssSelector(".station-progress-label"))
                    .stream().noneMatch(label -> label.getText().equals(shown)));
        }
        waitUntil(station, () -> "PRODUCTION".equals(mode()));
        assertThat(station.findElement(By.cssSelector(".station-header")).getText()).contains(code);
        String box = products.barcodes().stream().filter(b -> products.product(b.productId()).orElseThrow().name()
                .equals("Doos 40x30")).findFirst().orElseThrow().code();
        for (int unit = 1; unit <= 3; unit++) {
            scan(box);
            String expected = String.valueOf(unit);
            waitUntil(station, () -> station.findElements(By.cssSelector(".production-number")).stream()
                    .anyMatch(number -> number.getText().equals(expected)));
        }
        Browsers.screenshot(station, "planning-station-order");

        staff.get(url("/floor"));
        By card = By.cssSelector(".floor-card[data-station='VER-1']");
        waitUntil(staff, () -> !staff.findElements(card).isEmpty()
                && staff.findElement(card).findElement(By.cssSelector(".floor-order")).getText().contains(code));
        waitUntil(staff, () -> staff.findElement(card).findElement(By.cssSelector(".floor-today .floor-number"))
                .getText().equals("3"));
        staff.executeScript("arguments[0].scrollIntoView({block: 'center'})", staff.findElement(card));
        Browsers.screenshot(staff, "planning-floor");

        staff.get(url("/orders"));
        waitUntil(staff, () -> staff.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '3 van 40')]")).size() == 1);
        Browsers.screenshot(staff, "planning-orders-progress");
        Browsers.atSize(staff, 768, 1024, () -> {
            Browsers.screenshot(staff, "planning-orders-tablet");
            // On a tablet every column, the expected date with its late warning too, is in view.
            Object hidden = staff.executeScript("const t = document.querySelector('vaadin-grid').shadowRoot"
                    + ".querySelector('#table'); return t.scrollWidth - t.clientWidth;");
            assertThat(((Number) hidden).intValue()).as("pixels of the orders grid beyond its right edge").isLessThanOrEqualTo(1);
        });
        for (String page : java.util.List.of("products", "production", "print/labels")) {
            staff.get(url("/" + page));
            waitUntil(staff, () -> !staff.findElements(By.cssSelector(".admin-page h2")).isEmpty());
            String name = "planning-" + page.replace("print/", "");
            // Same size again: waits for two paints, so the page has settled before the picture.
            Browsers.atSize(staff, 1280, 800, () -> Browsers.screenshot(staff, name));
            Browsers.atSize(staff, 768, 1024, () -> Browsers.screenshot(staff, name + "-tablet"));
        }
    }

    /** Opens a combo box, narrows it with a few letters and clicks the item shown. */
    private static void choose(String css, String typed, String itemTag) {
        staff.findElement(By.cssSelector(css + " input")).sendKeys(typed);
        By item = By.xpath("//" + itemTag + "[contains(., '" + typed + "')]");
        waitUntil(staff, () -> !staff.findElements(item).isEmpty() && staff.findElement(item).isDisplayed());
        staff.findElement(item).click();
        staff.findElement(By.cssSelector(css + " input")).sendKeys(Keys.ESCAPE);
    }

    /** The file behind a download link, fetched with the page's own session. */
    private static byte[] download(String href) {
        String base64 = String.valueOf(staff.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                  done(btoa(binary));
                }).catch(e => done('error ' + e));
                """, href));
        return Base64.getDecoder().decode(base64);
    }

    private void bind(String code) {
        station.get(url("/station/" + code));
        waitUntil(station, () -> !station.findElements(By.cssSelector("button.demo-bind")).isEmpty()
                || !station.findElements(By.cssSelector(".station[data-mode]")).isEmpty());
        if (!station.findElements(By.cssSelector("button.demo-bind")).isEmpty()) {
            station.findElement(By.cssSelector("button.demo-bind")).click();
        }
        waitUntil(station, () -> !station.findElements(By.cssSelector(".station[data-mode]")).isEmpty());
    }

    private static void scan(String code) {
        new Actions(station).sendKeys(code + Keys.ENTER).perform();
    }

    private static String mode() {
        var views = station.findElements(By.cssSelector(".station[data-mode]"));
        return views.isEmpty() ? "" : views.get(0).getAttribute("data-mode");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitUntil(ChromeDriver driver, BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
