package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.Fixtures.MONDAY;
import static nl.stapwijs.wagevalue.Fixtures.ROSTER;
import static nl.stapwijs.wagevalue.Fixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * Journal slices that reach the recompute command damaged (cut off, edited by hand, fields
 * missing or of the wrong kind, plain garbage): the command prints a calculation or says in
 * one line what is wrong with the file; it never fails with a stack trace.
 */
class SliceImportFuzzTest {

    static String valid;
    static Path file;

    @BeforeAll
    static void slice() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "fuzz-slice");
        file = dir.resolve("slice.json");
        SliceFile.write(new JournalSlice(JournalSlice.FORMAT, 7, startOf(MONDAY), startOf(MONDAY.plusDays(7)), ROSTER,
                Fixtures.THREE_TASK_NORMS.versions(), Fixtures.threeTaskWeek(7), null), file);
        valid = Files.readString(file);
    }

    @FuzzTest(maxDuration = "15s")
    void a_damaged_slice_gets_a_calculation_or_a_one_line_reason(FuzzedDataProvider data) throws IOException {
        String text = switch (data.consumeInt(0, 3)) {
            case 0 -> valid.substring(0, data.consumeInt(0, valid.length()));
            case 1 -> {
                int at = data.consumeInt(0, valid.length());
                int end = Math.min(valid.length(), at + data.consumeInt(0, 40));
                yield valid.substring(0, at) + data.consumeString(40) + valid.substring(end);
            }
            case 2 -> valid.replaceFirst("\"" + data.pickValue(new String[] {"roster", "norms", "events", "from", "to",
                    "kind", "occurredAt", "secondsPerUnit", "qualityNorm", "zone", "format", "station"}) + "\"", "\"x\"");
            default -> data.consumeRemainingAsString();
        };
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Recompute.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        if (exit == 0) {
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"formulaVersion\"");
        } else {
            assertThat(exit).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).isNotBlank().doesNotContain("\tat ");
        }
    }
}
