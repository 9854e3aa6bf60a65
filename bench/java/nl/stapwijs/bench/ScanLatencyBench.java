package nl.stapwijs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.NewEvent;
import nl.stapwijs.station.Mode;
import nl.stapwijs.station.Outcome;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.station.StationRuntime;
import org.sqlite.SQLiteConfig;

/**
 * Server-side scan → confirmed latency: reading the scanned text, finding the product,
 * committing the UNIT with fsync (WAL, synchronous=FULL), and updating the counts and the
 * live floor — measured per scan, next to the bare cost of one committed SQLite insert with
 * the same settings on the same disk.
 *
 * <p>Run with {@code ./stapwijs bench scan [scans]}.
 */
public final class ScanLatencyBench {

    public static void main(String[] args) throws Exception {
        int scans = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createDirectories(Path.of("target", "bench", "scan-" + System.currentTimeMillis()));

        long[] bare = bareCommits(dir.resolve("bare.db"), scans);
        long[] append = appends(dir.resolve("journal"), scans);
        long[] scan = scans(dir.resolve("station"), scans);

        System.out.println("Scan latency, " + scans + " scans each, on " + dir.toAbsolutePath());
        report("bare committed insert", bare);
        report("journal append alone", append);
        report("scan -> confirmed", scan);
        System.out.printf(Locale.ROOT, "p99 ratio scan / bare insert: %.2f (goal <= 5), p99 scan %.2f ms (goal <= 50 ms)%n",
                percentile(scan, 99) / (double) percentile(bare, 99), percentile(scan, 99) / 1e6);
    }

    private static long[] bareCommits(Path file, int count) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE bare (id TEXT PRIMARY KEY, station TEXT, seq INTEGER, at INTEGER)");
            }
            long[] times = new long[count];
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bare VALUES (?, ?, ?, ?)")) {
                for (int i = -200; i < count; i++) { // the first 200 warm up, as for the scans
                    long start = System.nanoTime();
                    insert.setString(1, java.util.UUID.randomUUID().toString());
                    insert.setString(2, "BENCH-1");
                    insert.setLong(3, i);
                    insert.setLong(4, System.currentTimeMillis());
                    insert.executeUpdate();
                    if (i >= 0) {
                        times[i] = System.nanoTime() - start;
                    }
                }
            }
            return times;
        }
    }

    /** The journal's own share: one UNIT appended and committed, without the station around it. */
    private static long[] appends(Path dir, int count) {
        try (StationFixture workshop = new StationFixture(dir)) {
            NewEvent unit = NewEvent.of("BENCH-1", EventKind.UNIT, null, null).withQuantity(1);
            for (int i = 0; i < 200; i++) {
                workshop.journal.append(unit);
            }
            long[] times = new long[count];
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                workshop.journal.append(unit);
                times[i] = System.nanoTime() - start;
            }
            return times;
        }
    }

    private static long[] scans(Path dir, int count) {
        try (StationFixture workshop = new StationFixture(dir)) {
            StationRuntime station = workshop.station("VER-1");
            station.scan("P-1005");
            station.chooseTask(workshop.taskId("VOUWEN"));
            while (station.state().mode() == Mode.STEPS) {
                station.next();
            }
            String box = workshop.productCode("VOUWEN");
            for (int i = 0; i < 200; i++) {
                station.scan(box); // warm-up: JIT and page cache
            }
            long[] times = new long[count];
            long largestLog = 0;
            for (int i = 0; i < count; i++) {
                if (i % 500 == 0) {
                    largestLog = Math.max(largestLog, walBytes(dir));
                }
                long start = System.nanoTime();
                Outcome outcome = station.scan(box);
                times[i] = System.nanoTime() - start;
                if (!(outcome instanceof Outcome.Confirmed)) {
                    throw new IllegalStateException("A scan was not confirmed: " + outcome);
                }
            }
            // The checkpointer must keep the log from growing without end under steady scanning.
            System.out.printf(Locale.ROOT, "largest write-ahead log during the scans: %.1f MB%n", largestLog / 1e6);
            return times;
        }
    }

    private static long walBytes(Path dir) {
        try {
            Path wal = dir.resolve("stapwijs.db-wal");
            return Files.exists(wal) ? Files.size(wal) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static void report(String what, long[] nanos) {
        System.out.printf(Locale.ROOT, "%-24s p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  max %7.3f ms%n", what,
                percentile(nanos, 50) / 1e6, percentile(nanos, 90) / 1e6, percentile(nanos, 99) / 1e6,
                Arrays.stream(nanos).max().orElse(0) / 1e6);
    }

    private static long percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
