package nl.stapwijs.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, each with a fresh profile,
 * at the kiosk's size, with audio allowed to play as on a real station.
 */
public final class Browsers {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browsers() {
    }

    public static ChromeDriver open(String name) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--autoplay-policy=no-user-gesture-required", "--window-size=1280,800", "--lang=nl-NL",
                    "--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium-" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        // The kiosk's screen: exactly 1280x800 CSS pixels, touch.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        return driver;
    }

    /** Makes the page record every tone it plays, before any page script runs. */
    public static void recordTones(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__tones = [];
                const start = OscillatorNode.prototype.start;
                OscillatorNode.prototype.start = function (...args) {
                  window.__tones.push(this.frequency.value);
                  return start.apply(this, args);
                };
                """));
    }

    /**
     * Runs {@code look} with the page at another size (a tablet's), then returns to the kiosk's
     * 1280x800. It waits until the page has the new width and has painted twice since, so the
     * layout has settled on it.
     */
    public static void atSize(ChromeDriver driver, int width, int height, Runnable look) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Long.valueOf(width)
                    .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.innerWidth")));
            driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
            look.run();
        } finally {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        }
    }

    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
