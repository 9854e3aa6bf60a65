package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Recompute anywhere, end to end: the slice a hub exports for a worker and period, read by the
 * command-line entry point, gives the calculation the pages show, exactly; a month later, with a
 * new norm version in force, the saved slice and a fresh export still give it; and a slice with
 * other norms in it is recomputed with those norms.
 */
class RecomputeRoundTripTest {

    private static final Period OCTOBER = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));

    @TempDir
    Path dir;

    @Test
    void a_slice_exported_by_the_hub_and_recomputed_by_the_command_gives_the_figures_of_the_pages() throws Exception {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker sanne = f.worker("P-1005");
            f.norm("VOUWEN", "30", Instant.parse("2026-01-01T00:00:00Z"));
            f.workshop.journal.store(WageValueServiceTest.october(sanne, f.workshop.taskId("VOUWEN")));
            f.rollups.catchUp();
            Viewer coach = f.viewer("coach");
            Path file = dir.resolve("slice.json");
            SliceFile.write(f.wageValue.slice(coach, sanne.id(), OCTOBER).orElseThrow(), file);

            String printed = command(file.toString());
            java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
            java.nio.file.Files.copy(file, Path.of("target", "screenshots", "wagevalue-slice.json"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertThat(printed).isEqualTo(f.wageValue.recompute(coach, sanne.id(), OCTOBER).orElseThrow());
            Measurement shown = f.wageValue.measurement(coach, sanne.id(), OCTOBER).orElseThrow();
            JsonNode json = SliceFile.JSON.readTree(printed);
            assertThat(json.get("wageValuePercent").asInt()).isEqualTo(shown.wageValuePercent());
            assertThat(json.get("productivity").decimalValue()).isEqualByComparingTo(
                    new BigDecimal(FigureText.plain(shown.productivity(), 6)));
            assertThat(json.get("workingDays").asInt()).isEqualTo(shown.workingDays());
            assertThat(json.get("lks")).as("Sanne works in beschut werk: the estimate comes along").isNotNull();

            LocalDate monday = LocalDate.of(2026, 10, 12);
            String week = command(file.toString(), "--from", monday.toString(), "--to", monday.plusDays(7).toString());
            assertThat(SliceFile.JSON.readTree(week).get("good").asLong())
                    .isEqualTo(f.wageValue.measurement(coach, sanne.id(), new Period(monday, monday.plusDays(7)))
                            .orElseThrow().good());
        }
    }

    @Test
    void a_month_later_with_a_new_norm_in_force_the_saved_slice_and_a_fresh_export_recompute_the_same() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker sanne = f.worker("P-1005");
            f.norm("VOUWEN", "30", Instant.parse("2026-01-01T00:00:00Z"));
            f.workshop.journal.store(WageValueServiceTest.october(sanne, f.workshop.taskId("VOUWEN")));
            Viewer supervisor = f.viewer("begeleider");
            Path saved = dir.resolve("october.json");
            SliceFile.write(f.wageValue.slice(supervisor, sanne.id(), OCTOBER).orElseThrow(), saved);
            String lastMonth = command(saved.toString());

            f.workshop.clock.advance(Duration.ofDays(30));
            f.norm("VOUWEN", "20", f.workshop.clock.instant());
            f.rollups.catchUp();
            Path fresh = dir.resolve("october-again.json");
            SliceFile.write(f.wageValue.slice(supervisor, sanne.id(), OCTOBER).orElseThrow(), fresh);

            assertThat(command(saved.toString())).isEqualTo(lastMonth);
            assertThat(command(fresh.toString())).isEqualTo(lastMonth);
            assertThat(SliceFile.read(fresh).norms()).extracting(Norm::version).containsExactly(1, 2);
            assertThat(SliceFile.JSON.readTree(lastMonth).get("normsUsed")).hasSize(1);
        }
    }

    @Test
    void a_slice_with_another_norm_is_recomputed_against_that_norm() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker sanne = f.worker("P-1005");
            f.norm("VOUWEN", "30", Instant.parse("2026-01-01T00:00:00Z"));
            f.workshop.journal.store(WageValueServiceTest.october(sanne, f.workshop.taskId("VOUWEN")));
            JournalSlice slice = f.wageValue.slice(f.viewer("beheer"), sanne.id(), OCTOBER).orElseThrow();
            List<Norm> slower = new ArrayList<>();
            for (Norm n : slice.norms()) {
                slower.add(new Norm(n.taskId(), n.version(), n.secondsPerUnit().multiply(BigDecimal.TWO), n.unit(),
                        n.qualityNorm(), n.instructionAllowance(), n.method(), "assessor", n.setAt(), n.effectiveFrom(),
                        n.sampleSize()));
            }
            Path asGiven = dir.resolve("as-given.json");
            Path twiceAsSlow = dir.resolve("twice-as-slow.json");
            SliceFile.write(slice, asGiven);
            SliceFile.write(new JournalSlice(slice.format(), slice.workerId(), slice.from(), slice.to(), slice.roster(),
                    slower, slice.events(), slice.lks(), slice.rosterChanges()), twiceAsSlow);

            BigDecimal tempo = mainTempo(command(asGiven.toString()));
            BigDecimal doubled = mainTempo(command(twiceAsSlow.toString()));

            assertThat(doubled).isCloseTo(tempo.multiply(BigDecimal.TWO), org.assertj.core.api.Assertions.within(
                    new BigDecimal("0.000002")));
            assertThat(doubled).isGreaterThan(BigDecimal.ONE);
        }
    }

    private static BigDecimal mainTempo(String json) {
        return SliceFile.JSON.readTree(json).get("mainTasks").get(0).get("tempo").decimalValue();
    }

    private static String command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Recompute.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
