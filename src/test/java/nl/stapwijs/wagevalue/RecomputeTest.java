package nl.stapwijs.wagevalue;

import static nl.stapwijs.wagevalue.Fixtures.MONDAY;
import static nl.stapwijs.wagevalue.Fixtures.ROSTER;
import static nl.stapwijs.wagevalue.Fixtures.startOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RecomputeTest {

    private static final long WORKER = 7;
    private static final JournalSlice.LksSettings LKS = new JournalSlice.LksSettings(
            new Employment(new BigDecimal("36"), LocalDate.of(2024, 1, 1), null),
            new Municipality("Voorbeeld", SubsidyPeriod.MONTH, SubsidyRounding.CENT_PER_PERIOD, false),
            LksParameterTable.bundled().rows());

    @TempDir
    Path dir;

    @Test
    void a_slice_written_to_a_file_reads_back_as_the_same_slice() {
        JournalSlice slice = threeTaskSlice();
        Path file = dir.resolve("slice.json");

        SliceFile.write(slice, file);

        assertThat(SliceFile.read(file)).isEqualTo(slice);
    }

    @Test
    void the_command_prints_the_same_calculation_as_the_calculator_made() {
        JournalSlice slice = threeTaskSlice();
        Path file = dir.resolve("slice.json");
        SliceFile.write(slice, file);
        Measurement direct = new WageValueCalculator(Fixtures.THREE_TASK_NORMS, ROSTER)
                .measure(WORKER, slice.from(), slice.to(), Fixtures.threeTaskWeek(WORKER));

        String printed = recompute(file.toString());

        assertThat(printed).isEqualTo(json(direct, slice));
        JsonNode read = SliceFile.JSON.readTree(printed);
        assertThat(read.get("wageValuePercent").asInt()).isEqualTo(76);
        assertThat(read.get("formulaVersion").asString()).isEqualTo(WageValueFormula.VERSION);
        assertThat(read.get("normsUsed")).hasSize(3);
        assertThat(read.get("lks").get("subsidyForContractHours").decimalValue())
                .isEqualByComparingTo(new BigDecimal("14.71").multiply(new BigDecimal("0.24"))
                        .multiply(new BigDecimal("1.08")).multiply(new BigDecimal("1.235"))
                        .multiply(new BigDecimal("156")).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void the_command_recomputes_a_shorter_period_given_on_the_command_line() {
        JournalSlice slice = threeTaskSlice();
        Path file = dir.resolve("slice.json");
        SliceFile.write(slice, file);
        Measurement direct = new WageValueCalculator(Fixtures.THREE_TASK_NORMS, ROSTER)
                .measure(WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(1)), Fixtures.threeTaskWeek(WORKER));

        String printed = recompute(file.toString(), "--from", MONDAY.toString(), "--to", MONDAY.plusDays(1).toString());

        assertThat(printed).isEqualTo(json(direct, slice));
        assertThat(SliceFile.JSON.readTree(printed).get("workingDays").asInt()).isEqualTo(1);
    }

    @Test
    void the_command_without_a_slice_says_how_to_call_it() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Recompute.run(new String[0], new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }

    private static JournalSlice threeTaskSlice() {
        return new JournalSlice(JournalSlice.FORMAT, WORKER, startOf(MONDAY), startOf(MONDAY.plusDays(7)), ROSTER,
                Fixtures.THREE_TASK_NORMS.versions(), Fixtures.threeTaskWeek(WORKER), LKS);
    }

    private static String recompute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Recompute.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private static String json(Measurement direct, JournalSlice slice) {
        return SliceFile.JSON.writeValueAsString(MeasurementJson.of(direct, Recompute.estimate(slice, direct)));
    }
}
