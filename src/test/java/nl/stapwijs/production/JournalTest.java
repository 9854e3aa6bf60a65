package nl.stapwijs.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import nl.stapwijs.base.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    @Test
    void every_event_confirmed_before_a_kill_is_in_the_file_afterwards() throws Exception {
        Path file = dir.resolve("journal.db");
        Database.open(file).close();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(javaCommand, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), JournalWriterProcess.class.getName(), file.toString())
                .redirectErrorStream(false)
                .start();
        Map<Long, String> confirmed = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (confirmed.size() < 200 && (line = out.readLine()) != null) {
                if (!line.startsWith("committed ")) {
                    continue;
                }
                String[] parts = line.split(" ");
                confirmed.put(Long.parseLong(parts[1]), parts[2]);
            }
            writer.destroyForcibly();
            writer.waitFor(30, TimeUnit.SECONDS);
        }

        try (Database reopened = Database.open(file)) {
            Journal journal = new Journal(reopened, Clock.systemUTC(), event -> { });
            List<ProductionEvent> stored = journal.ofStationSince("KILL-1", Instant.EPOCH);
            assertThat(confirmed).hasSize(200);
            confirmed.forEach((seq, id) -> assertThat(journal.byId(UUID.fromString(id)))
                    .hasValueSatisfying(e -> assertThat(e.seq()).isEqualTo(seq)));
            assertThat(stored).extracting(ProductionEvent::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
        }
    }

    @Test
    void sequence_numbers_have_no_gaps_when_many_threads_append_at_once() throws Exception {
        try (Database database = Database.open(dir.resolve("concurrent.db"))) {
            Journal journal = new Journal(database, Clock.systemUTC(), event -> { });
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        journal.append(NewEvent.of("CONC-1", EventKind.UNIT, 1L, 1L).withQuantity(1));
                        journal.append(NewEvent.of("CONC-2", EventKind.UNIT, 2L, 1L).withQuantity(1));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            for (String station : List.of("CONC-1", "CONC-2")) {
                assertThat(journal.ofStationSince(station, Instant.EPOCH)).extracting(ProductionEvent::seq)
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, 800).boxed().toList());
            }
        }
    }

    @Test
    void an_event_that_cannot_be_stored_fails_alone_while_others_commit_in_the_same_group() throws Exception {
        try (Database database = Database.open(dir.resolve("group.db"))) {
            Journal journal = new Journal(database, Clock.systemUTC(), event -> { });
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Boolean>> work = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean broken = i % 10 == 0;
                work.add(pool.submit(() -> {
                    try {
                        journal.append(NewEvent.of(broken ? null : "GROUP-1", EventKind.UNIT, 1L, 1L).withQuantity(1));
                        return true;
                    } catch (RuntimeException e) {
                        return false;
                    }
                }));
            }
            long stored = 0;
            for (Future<Boolean> f : work) {
                stored += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();

            assertThat(stored).isEqualTo(360);
            assertThat(journal.ofStationSince("GROUP-1", Instant.EPOCH)).extracting(ProductionEvent::seq)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 360).boxed().toList());
        }
    }

    @Test
    void a_batch_sent_twice_is_stored_once() {
        try (Database database = Database.open(dir.resolve("sync.db"))) {
            Journal station = new Journal(database, Clock.systemUTC(), event -> { });
            List<ProductionEvent> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(station.append(NewEvent.of("S-1", EventKind.UNIT, 1L, 1L).withQuantity(1)));
            }
            try (Database hubFile = Database.open(dir.resolve("hub.db"))) {
                Journal hub = new Journal(hubFile, Clock.systemUTC(), event -> { });

                int first = hub.store(batch);
                int again = hub.store(batch);

                assertThat(first).isEqualTo(5);
                assertThat(again).isZero();
                assertThat(hub.ofStationSince("S-1", Instant.EPOCH)).hasSize(5);
            }
        }
    }
}
