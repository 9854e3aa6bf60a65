package nl.stapwijs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Staff sign-in in a real browser: the right password gets in, five wrong ones lock the account kindly. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "stapwijs.demo.enabled=true",
        "stapwijs.demo.history-days=2",
        "stapwijs.data-dir=target/test-data/browser-${random.uuid}"})
class StaffSignInBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.open("staff");
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @Test
    void a_staff_member_signs_in_sees_their_menu_and_signs_out() {
        attempt("beheer", "stapwijs-beheer");
        wait(d -> !d.getCurrentUrl().contains("/login"));

        wait(d -> !d.findElements(By.cssSelector("vaadin-side-nav-item")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item"))).extracting(WebElement::getText)
                .contains("Werkvloer", "Privacy", "Inzagelog");
        Browsers.screenshot(browser, "staff-home");

        browser.findElement(By.xpath("//vaadin-button[contains(., 'Afmelden')]")).click();
        wait(d -> d.getCurrentUrl().contains("/login"));
        browser.get("http://localhost:" + port + "/admin/audit");
        wait(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_with_a_clear_message() {
        for (int i = 0; i < 5; i++) {
            attempt("coach", "wrong-password-" + i);
            wait(d -> d.getCurrentUrl().contains("error"));
        }

        attempt("coach", "stapwijs-coach");

        wait(d -> d.getCurrentUrl().contains("locked"));
        wait(d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript(
                "const f = document.querySelector('vaadin-login-form'); return !!(f && f.error);")));
        Object error = browser.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
        assertThat(String.valueOf(error)).contains("15 minuten");
        Browsers.screenshot(browser, "staff-locked");
    }

    private void attempt(String username, String password) {
        browser.get("http://localhost:" + port + "/login");
        wait(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        WebElement form = browser.findElement(By.cssSelector("vaadin-login-form"));
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password + Keys.ENTER);
    }

    private static void wait(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }
}
