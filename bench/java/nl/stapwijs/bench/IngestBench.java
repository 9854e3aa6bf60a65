package nl.stapwijs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.stapwijs.base.UuidV7;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.db.PostgresServer;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.sync.Ingest;
import nl.stapwijs.sync.SyncBatch;

/**
 * Hub ingest of synced events: batches of 500 from many stations, with every tenth batch a
 * re-send of an earlier one (which must be a no-op), on SQLite and on PostgreSQL.
 *
 * <p>Run with {@code ./stapwijs bench ingest [events]}.
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path dir = Files.createDirectories(Path.of("target", "bench", "ingest-" + System.currentTimeMillis()));
        System.out.println("Hub ingest, " + events + " new events in batches of 500, every 10th batch re-sent");
        try (Database sqlite = Database.open(dir.resolve("hub.db"))) {
            run("SQLite", sqlite, events);
        }
        try (PostgresServer server = PostgresServer.start(true);
                Database postgres = Database.openPostgres(server.newDatabase("ingest"), server.username(), "")) {
            run("PostgreSQL", postgres, events);
        }
    }

    private static void run(String vendor, Database database, int total) {
        Clock clock = Clock.systemUTC();
        Journal journal = new Journal(database, clock, event -> { });
        Ingest ingest = new Ingest(journal, database, clock);
        Random random = new Random(11);
        int stations = 50;
        long[] seqs = new long[stations];
        List<SyncBatch> sent = new ArrayList<>();
        long stored = 0;
        long resent = 0;
        long start = System.nanoTime();
        int batchNumber = 0;
        while (stored < total) {
            batchNumber++;
            if (batchNumber % 10 == 0 && !sent.isEmpty()) {
                SyncBatch again = sent.get(random.nextInt(sent.size()));
                ingest.receive(again.events().get(0).station(), again);
                resent += again.events().size();
                continue;
            }
            int s = random.nextInt(stations);
            String station = "BENCH-" + s;
            List<ProductionEvent> batch = new ArrayList<>(500);
            long now = clock.millis();
            for (int i = 0; i < 500; i++) {
                long seq = ++seqs[s];
                batch.add(new ProductionEvent(UuidV7.at(now, random), station, seq, EventKind.UNIT, 1L + s, 1L, 1L, 1,
                        "2000000000039", null, null, Instant.ofEpochMilli(now), "bench", seq, null));
            }
            SyncBatch push = new SyncBatch(now, 0, "bench", batch);
            ingest.receive(station, push);
            sent.add(push);
            stored += batch.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-10s %,d new + %,d re-sent events in %.1f s: %,.0f new events/s (goal >= 20,000 on SQLite)%n",
                vendor, stored, resent, seconds, stored / seconds);
    }
}
