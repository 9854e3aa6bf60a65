package nl.stapwijs.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.stapwijs.browser.Browsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The load suite: one all-in-one process (the real jar) with {@code stations} extra stations,
 * each scanning one unit a second over the station API, while {@code floors} real Chromium
 * pages show the live floor. Measures scan → confirmed at the driver (p50/p99), how long the
 * floor pages take to show each scan, and the heap after a full GC at start and end.
 */
public final class LoadRun {

    public record Result(int stations, int floors, Duration length, long scans, long failures, double p50Ms,
            double p99Ms, double floorP99Ms, long floorSamples, long floorMaxMs, long heapStartMiB, long heapEndMiB) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "Load: %d stations x 1 scan/s, %d floor pages, %s: %,d scans, %d failed; scan->confirmed p50 %.1f ms, "
                            + "p99 %.1f ms; floor shows a scan within p99 %.0f ms (max %d ms, %d samples); heap after GC "
                            + "%d MiB at start, %d MiB at end",
                    stations, floors, length, scans, failures, p50Ms, p99Ms, floorP99Ms, floorMaxMs, floorSamples,
                    heapStartMiB, heapEndMiB);
        }
    }

    private LoadRun() {
    }

    public static Result run(int stations, int floors, Duration length) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "it", "load-" + UUID.randomUUID()));
        try (StapwijsProcess app = StapwijsProcess.start(dir, "--stapwijs.demo.enabled=true",
                "--stapwijs.demo.history-days=0")) {
            List<String> tokens = addStations(dir.resolve("stapwijs.db"), stations);
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();
            for (int i = 0; i < stations; i++) {
                post(http, app, tokens.get(i), code(i), "scans", badge(i));
                post(http, app, tokens.get(i), code(i), "tasks/VOUWEN", "");
                post(http, app, tokens.get(i), code(i), "scans", "2000000000039");
            }
            List<ChromeDriver> pages = new ArrayList<>();
            Map<String, Long> confirmedAt = new ConcurrentHashMap<>();
            try {
                for (int f = 0; f < floors; f++) {
                    pages.add(floorPage(app, f, stations));
                }
                long heapStart = app.heapAfterGcMiB();
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                AtomicLong failures = new AtomicLong();
                ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
                long end = System.nanoTime() + length.toNanos();
                for (int i = 0; i < stations; i++) {
                    int station = i;
                    clock.scheduleAtFixedRate(() -> {
                        if (System.nanoTime() > end) {
                            return;
                        }
                        long start = System.nanoTime();
                        HttpRequest request = request(app, tokens.get(station), code(station), "scans", "2000000000039");
                        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, error) -> {
                            if (error != null || answer.statusCode() != 200 || !answer.body().contains("CONFIRMED")) {
                                failures.incrementAndGet();
                                return;
                            }
                            latencies.add(System.nanoTime() - start);
                            String units = answer.body().replaceAll(".*\"unitsToday\":(\\d+).*", "$1");
                            confirmedAt.put(code(station) + "#" + units, System.currentTimeMillis());
                        });
                    }, (1000L * i) / stations, 1000, TimeUnit.MILLISECONDS);
                }
                new CountDownLatch(1).await(length.toMillis() + 3_000, TimeUnit.MILLISECONDS);
                clock.shutdownNow();
                long heapEnd = app.heapAfterGcMiB();
                List<Long> floorDelays = floorDelays(pages, confirmedAt);
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                Collections.sort(floorDelays);
                return new Result(stations, floors, length, sorted.size(), failures.get(), percentile(sorted, 50) / 1e6,
                        percentile(sorted, 99) / 1e6, floorDelays.isEmpty() ? Double.NaN : percentile(floorDelays, 99),
                        floorDelays.size(), floorDelays.isEmpty() ? -1 : floorDelays.get(floorDelays.size() - 1),
                        heapStart, heapEnd);
            } finally {
                pages.forEach(ChromeDriver::quit);
            }
        }
    }

    /** Stations LOAD-001… at the packaging site, each with its own worker, task and device token. */
    private static List<String> addStations(Path database, int count) throws Exception {
        List<String> tokens = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            c.createStatement().execute("PRAGMA busy_timeout = 10000");
            c.setAutoCommit(false);
            long site = single(c, "SELECT id FROM site WHERE code = 'VER'");
            long team = single(c, "SELECT id FROM team WHERE site_id = " + site);
            long task = single(c, "SELECT id FROM task WHERE code = 'VOUWEN'");
            for (int i = 0; i < count; i++) {
                String token = "load-token-" + UUID.randomUUID();
                tokens.add(token);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO station (code, name, site_id) VALUES (?, ?, ?)")) {
                    s.setString(1, code(i));
                    s.setString(2, "Last " + (i + 1));
                    s.setLong(3, site);
                    s.executeUpdate();
                }
                long station = single(c, "SELECT id FROM station WHERE code = '" + code(i) + "'");
                c.createStatement().execute("INSERT INTO station_task (station_id, task_id) VALUES (" + station + ", " + task + ")");
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO worker (badge, first_name, last_name, team_id, language, avatar, scheme, contract_hours)
                        VALUES (?, ?, 'Last', ?, 'nl', 'openmoji:1F9D1', 'WSW', 32)""")) {
                    s.setString(1, badge(i));
                    s.setString(2, "Werker" + (i + 1));
                    s.setLong(3, team);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO station_device (station_id, token_hash, label, bound_by, bound_at)
                        VALUES (?, ?, 'load driver', 'load suite', 0)""")) {
                    s.setLong(1, station);
                    s.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(StandardCharsets.UTF_8))));
                    s.executeUpdate();
                }
            }
            c.commit();
        }
        return tokens;
    }

    private static ChromeDriver floorPage(StapwijsProcess app, int number, int stations) {
        ChromeDriver browser = Browsers.open("floor-" + number);
        browser.get(app.url("/login"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("vaadin-login-form input[name='username']")).isEmpty());
        WebElement form = browser.findElement(By.cssSelector("vaadin-login-form"));
        form.findElement(By.cssSelector("input[name='username']")).sendKeys("beheer");
        form.findElement(By.cssSelector("input[name='password']")).sendKeys("stapwijs-beheer" + Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.get(app.url("/floor"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(
                By.cssSelector(".floor-card[data-station^='LOAD-']")).size() == stations);
        // Records when each card's "today" number changes, in the page's own clock (same machine).
        browser.executeScript("""
                window.__seen = [];
                new MutationObserver(changes => {
                  const now = Date.now();
                  for (const change of changes) {
                    const card = change.target.closest ? change.target.closest('.floor-card')
                        : change.target.parentElement && change.target.parentElement.closest('.floor-card');
                    if (!card) continue;
                    const today = card.querySelector('.floor-today .floor-number');
                    if (today) window.__seen.push(card.dataset.station + '#' + today.textContent + '@' + now);
                  }
                }).observe(document.querySelector('.floor'), {subtree: true, childList: true, characterData: true});
                """);
        return browser;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> floorDelays(List<ChromeDriver> pages, Map<String, Long> confirmedAt) {
        List<Long> delays = new CopyOnWriteArrayList<>();
        for (ChromeDriver page : pages) {
            Map<String, Long> firstSeen = new java.util.HashMap<>();
            for (Object entry : (List<Object>) page.executeScript("return window.__seen")) {
                String[] parts = String.valueOf(entry).split("@");
                firstSeen.putIfAbsent(parts[0], Long.parseLong(parts[1]));
            }
            firstSeen.forEach((key, seen) -> {
                Long confirmed = confirmedAt.get(key);
                if (confirmed != null) {
                    delays.add(Math.max(0, seen - confirmed));
                }
            });
        }
        return new ArrayList<>(delays);
    }

    private static void post(HttpClient http, StapwijsProcess app, String token, String station, String path, String body)
            throws Exception {
        HttpResponse<String> answer = http.send(request(app, token, station, path, body), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " at " + station + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    private static HttpRequest request(StapwijsProcess app, String token, String station, String path, String body) {
        return HttpRequest.newBuilder(URI.create(app.url("/api/stations/" + station + "/" + path)))
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long single(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String code(int i) {
        return String.format("LOAD-%03d", i + 1);
    }

    private static String badge(int i) {
        return String.format("L-%04d", i + 1);
    }
}
