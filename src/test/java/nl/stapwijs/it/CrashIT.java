package nl.stapwijs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The crash suite: a driver scans products into a real station process as fast as it can
 * while the test kills the process with SIGKILL at random moments and starts it again.
 * Every unit the driver saw confirmed must be in the journal afterwards, and the journal may
 * not hold more units than scans were sent. {@code -Dstapwijs.crash.kills=100} for the long run.
 */
class CrashIT {

    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    @Test
    void no_confirmed_unit_is_lost_and_none_is_counted_twice_across_random_kills() throws Exception {
        int kills = Integer.getInteger("stapwijs.crash.kills", 10);
        Path dir = Files.createDirectories(Path.of("target", "it", "crash-" + UUID.randomUUID()));
        Random random = new Random(Long.getLong("stapwijs.crash.seed", 42L));
        Set<Long> confirmedSeqs = new HashSet<>();
        AtomicLong sent = new AtomicLong();
        String box = "2000000000039";

        try (StapwijsProcess station = StapwijsProcess.start(dir, "--stapwijs.demo.enabled=true",
                "--stapwijs.demo.history-days=0")) {
            String token = pairedToken(dir, station);
            assertThat(post(station, token, "/api/stations/VER-1/scans", "P-1005").statusCode()).isEqualTo(200);
            assertThat(post(station, token, "/api/stations/VER-1/tasks/VOUWEN", "").statusCode()).isEqualTo(200);

            for (int kill = 0; kill <= kills; kill++) {
                AtomicBoolean stop = new AtomicBoolean();
                Thread driver = new Thread(() -> {
                    while (!stop.get()) {
                        sent.incrementAndGet();
                        try {
                            HttpResponse<String> answer = post(station, token, "/api/stations/VER-1/scans", box);
                            Matcher seq = SEQ.matcher(answer.body());
                            if (answer.statusCode() == 200 && answer.body().contains("CONFIRMED") && seq.find()) {
                                synchronized (confirmedSeqs) {
                                    confirmedSeqs.add(Long.parseLong(seq.group(1)));
                                }
                            }
                        } catch (Exception lost) {
                            // the process died with this scan in flight: its outcome is unknown to the driver
                            return;
                        }
                    }
                }, "crash-driver");
                driver.start();
                new java.util.concurrent.CountDownLatch(1).await(300 + random.nextInt(1_200),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
                if (kill == kills) {
                    stop.set(true);
                    driver.join();
                    break;
                }
                station.kill();
                driver.join();
                station.restart();
            }
        }

        Set<Long> unitSeqs = unitSeqs(dir.resolve("stapwijs.db"));
        Set<Long> lost = new HashSet<>(confirmedSeqs);
        lost.removeAll(unitSeqs);
        System.out.printf("Crash suite: %d kills, %d scans sent, %d confirmed, %d units in the journal, %d confirmed units lost%n",
                kills, sent.get(), confirmedSeqs.size(), unitSeqs.size(), lost.size());
        assertThat(lost).as("confirmed units missing from the journal").isEmpty();
        assertThat((long) unitSeqs.size()).as("units in the journal vs scans sent").isLessThanOrEqualTo(sent.get());
        assertThat(confirmedSeqs).hasSizeGreaterThan(kills);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("stapwijs.db").toAbsolutePath());
                ResultSet check = connection.createStatement().executeQuery("PRAGMA integrity_check");
                ResultSet journal = connection.createStatement().executeQuery(
                        "SELECT COUNT(*), MAX(seq) FROM journal_event WHERE station = 'VER-1'")) {
            assertThat(check.next() ? check.getString(1) : "").as("integrity check").isEqualTo("ok");
            assertThat(journal.next()).isTrue();
            assertThat(journal.getLong(1)).as("seq without gaps").isEqualTo(journal.getLong(2));
        }
    }

    private static String pairedToken(Path dir, StapwijsProcess station) throws Exception {
        String code = StapwijsProcess.pairingCode(dir, "VER-1");
        HttpResponse<String> paired = station.post("/api/pair", "application/json",
                "{\"code\":\"" + code + "\",\"label\":\"crash driver\"}");
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(paired.body());
        assertThat(token.find()).as(paired.body()).isTrue();
        return token.group(1);
    }

    private static HttpResponse<String> post(StapwijsProcess station, String token, String path, String body)
            throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(station.url(path))).header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + token)
                .timeout(java.time.Duration.ofSeconds(20))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Set<Long> unitSeqs(Path database) throws Exception {
        Set<Long> seqs = new HashSet<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + database.toAbsolutePath() + "?mode=ro");
                ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT seq FROM journal_event WHERE station = 'VER-1' AND kind = 'UNIT'")) {
            while (rs.next()) {
                seqs.add(rs.getLong(1));
            }
        }
        return seqs;
    }
}
