package nl.stapwijs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real jar twice, a hub and a Pi station in their own JVMs, with a proxy between them
 * that cuts the line: every event the station journals arrives at the hub exactly once and
 * in order, through cuts and a SIGKILL of the station in the middle of a push.
 */
class HubAndStationIT {

    Path dir;
    StapwijsProcess hub;
    StapwijsProcess station;
    CuttingProxy proxy;

    @BeforeEach
    void start() throws Exception {
        dir = Files.createDirectories(Path.of("target", "it", "sync-" + UUID.randomUUID()));
        hub = StapwijsProcess.start(dir.resolve("hub"), "--stapwijs.role=hub", "--stapwijs.demo.enabled=true",
                "--stapwijs.demo.history-days=0");
        proxy = new CuttingProxy(hub.port());
        station = StapwijsProcess.start(dir.resolve("station"), "--stapwijs.role=station",
                "--stapwijs.station.code=VER-1", "--stapwijs.hub.url=http://127.0.0.1:" + proxy.port(),
                "--stapwijs.sync.interval=PT0.3S");
        String code = StapwijsProcess.pairingCode(dir.resolve("hub"), "VER-1");
        var paired = station.post("/api/setup/pair", "application/json", "{\"code\":\"" + code + "\"}");
        assertThat(paired.statusCode()).as(() -> paired.body() + "\n" + station.logTail(40)).isEqualTo(200);
    }

    @AfterEach
    void stop() throws Exception {
        station.close();
        proxy.close();
        hub.close();
    }

    @Test
    void scans_during_a_cut_arrive_once_and_in_order_after_reconnecting() throws Exception {
        scan(20);
        proxy.cut();
        scan(150);
        assertThat(hubEvents()).hasSizeLessThan(stationEvents().size());

        proxy.restore();

        awaitHubHoldsEverything();
    }

    @Test
    void a_station_killed_in_the_middle_of_a_push_loses_nothing_and_doubles_nothing() throws Exception {
        proxy.cut();
        scan(1_500);
        proxy.restore();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !hubEvents().isEmpty());

        station.kill();
        station.restart();
        scan(10);

        awaitHubHoldsEverything();
    }

    private void awaitHubHoldsEverything() {
        Awaitility.await("every station event at the hub once, in order").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(hubEvents()).isEqualTo(stationEvents()));
    }

    /** Each scan here is refused (nobody chose a task), and each refusal is one journal event. */
    private void scan(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            var answer = station.post("/api/stations/VER-1/scans", "text/plain", "unknown-" + i);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
    }

    private List<String> stationEvents() throws Exception {
        return events(dir.resolve("station").resolve("stapwijs.db"));
    }

    private List<String> hubEvents() throws Exception {
        return events(dir.resolve("hub").resolve("stapwijs.db"));
    }

    /** "seq id" per event of VER-1, in seq order; duplicates would show as repeated lines. */
    private static List<String> events(Path database) throws Exception {
        List<String> events = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + database.toAbsolutePath() + "?mode=ro");
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT seq, id FROM journal_event WHERE station = 'VER-1' ORDER BY seq")) {
            while (rs.next()) {
                events.add(rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return events;
    }
}
