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
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The partition suite: a hub and two Pi stations (real jars), a cutting proxy in front of the
 * hub, drivers scanning at both stations the whole time, and random cuts from a second to a
 * long outage (in which the stations pile up as many events as hours of work would make).
 * At the end the hub holds every event of each station exactly once, in seq order.
 * {@code -Dstapwijs.partition.cuts=60} for the long run.
 */
class PartitionIT {

    @Test
    void after_random_cuts_every_event_is_on_the_hub_exactly_once_in_order_per_station() throws Exception {
        int cuts = Integer.getInteger("stapwijs.partition.cuts", 8);
        Random random = new Random(Long.getLong("stapwijs.partition.seed", 7L));
        Path dir = Files.createDirectories(Path.of("target", "it", "partition-" + UUID.randomUUID()));
        try (StapwijsProcess hub = StapwijsProcess.start(dir.resolve("hub"), "--stapwijs.role=hub",
                "--stapwijs.demo.enabled=true", "--stapwijs.demo.history-days=0");
                CuttingProxy proxy = new CuttingProxy(hub.port());
                StapwijsProcess one = station(dir, "VER-1", proxy);
                StapwijsProcess two = station(dir, "MON-1", proxy)) {
            pair(dir, one, "VER-1");
            pair(dir, two, "MON-1");
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> drivers = List.of(driver(one, "VER-1", stop), driver(two, "MON-1", stop));
            drivers.forEach(Thread::start);

            for (int i = 0; i < cuts; i++) {
                boolean longOutage = i == cuts / 2;
                proxy.cut();
                pause(longOutage ? 15_000 : 300 + random.nextInt(3_000));
                proxy.restore();
                pause(200 + random.nextInt(2_000));
            }
            stop.set(true);
            for (Thread driver : drivers) {
                driver.join();
            }

            for (String station : List.of("VER-1", "MON-1")) {
                Path stationDb = dir.resolve(station).resolve("stapwijs.db");
                Awaitility.await(station + " fully synced").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(events(dir.resolve("hub").resolve("stapwijs.db"), station))
                                .isEqualTo(events(stationDb, station)));
                List<String> atHub = events(dir.resolve("hub").resolve("stapwijs.db"), station);
                System.out.printf("Partition suite: %s, %d cuts, %d events on the hub, exactly once and in order%n",
                        station, cuts, atHub.size());
                assertThat(atHub).doesNotHaveDuplicates().hasSizeGreaterThan(50);
            }
        }
    }

    private static StapwijsProcess station(Path dir, String code, CuttingProxy proxy) throws Exception {
        return StapwijsProcess.start(dir.resolve(code), "--stapwijs.role=station", "--stapwijs.station.code=" + code,
                "--stapwijs.hub.url=http://127.0.0.1:" + proxy.port(), "--stapwijs.sync.interval=PT0.3S",
                "--stapwijs.sync.max-back-off=PT2S");
    }

    private static void pair(Path dir, StapwijsProcess station, String code) throws Exception {
        String pairing = StapwijsProcess.pairingCode(dir.resolve("hub"), code);
        var answer = station.post("/api/setup/pair", "application/json", "{\"code\":\"" + pairing + "\"}");
        assertThat(answer.statusCode()).as(() -> answer.body() + "\n" + station.logTail(40)).isEqualTo(200);
    }

    /** Scans that are refused (no task chosen) still each make one journal event: enough traffic, no setup. */
    private static Thread driver(StapwijsProcess station, String code, AtomicBoolean stop) {
        return new Thread(() -> {
            int i = 0;
            while (!stop.get()) {
                try {
                    station.post("/api/stations/" + code + "/scans", "text/plain", "code-" + i++);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "driver-" + code);
    }

    private static void pause(long millis) throws InterruptedException {
        new CountDownLatch(1).await(millis, TimeUnit.MILLISECONDS);
    }

    private static List<String> events(Path database, String station) throws Exception {
        List<String> events = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + database.toAbsolutePath() + "?mode=ro");
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT seq, id FROM journal_event WHERE station = '" + station + "' ORDER BY seq")) {
            while (rs.next()) {
                events.add(rs.getLong(1) + " " + rs.getString(2));
            }
        }
        return events;
    }
}
