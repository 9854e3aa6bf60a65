package nl.stapwijs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.station.Mode;
import nl.stapwijs.station.Outcome;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.station.StationRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever a scanner sends (random bytes, huge lines, control characters, codes that are
 * nearly right) reaches a station in production: nothing crashes, every scan gets an answer
 * and one journal event, only the exact product code counts, and the journal keeps only
 * short printable text.
 */
class ScannerInputFuzzTest {

    static StationFixture workshop;
    static StationRuntime station;
    static String box;

    @BeforeAll
    static void station() throws Exception {
        workshop = new StationFixture(Files.createTempDirectory(Path.of("target"), "fuzz-scan"));
        station = workshop.station("VER-1");
        station.scan("P-1005");
        station.chooseTask(workshop.taskId("VOUWEN"));
        box = workshop.productCode("VOUWEN");
    }

    @AfterAll
    static void close() {
        workshop.close();
    }

    @FuzzTest(maxDuration = "15s")
    void any_scanner_input_gets_a_calm_answer_and_exactly_one_journal_event(FuzzedDataProvider data) {
        String raw = switch (data.consumeInt(0, 3)) {
            case 0 -> data.consumeRemainingAsString();
            case 1 -> box.substring(0, data.consumeInt(0, box.length())) + data.consumeRemainingAsString();
            case 2 -> "x".repeat(data.consumeInt(0, 20_000)) + data.consumeString(50);
            default -> new String(data.consumeRemainingAsBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        };
        long before = workshop.journal.lastSeq("VER-1");
        if (station.state().worker() == null || station.state().mode() != Mode.PRODUCTION) {
            station.scan("P-1005");
            station.chooseTask(workshop.taskId("VOUWEN"));
            while (station.state().mode() == Mode.STEPS) {
                station.next();
            }
            before = workshop.journal.lastSeq("VER-1");
        }

        Outcome outcome = station.scan(raw);

        assertThat(outcome).isNotNull();
        ProductionEvent event = workshop.journal.ofStationAfter("VER-1", before, 10).get(0);
        boolean exact = raw.strip().equals(box) || raw.replaceAll("[\\r\\n\\t]+$", "").strip().equals(box);
        if (event.kind() == EventKind.UNIT) {
            assertThat(exact).as("only the product's own code counts: %s", raw).isTrue();
        }
        assertThat(event.code() == null ? "" : event.code()).hasSizeLessThan(200)
                .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
        assertThat(workshop.journal.ofStationSince("VER-1", Instant.EPOCH).size()).isGreaterThan(0);
    }
}
