package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.chart.Charts;
import nl.stapwijs.base.pdf.PdfDocuments;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Worker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class EvidencePackTest {

    private static final Period OCTOBER = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));

    @TempDir
    Path dir;

    @Test
    void the_pdf_carries_the_report_model_the_norms_the_coach_observations_and_room_for_both_views() throws IOException {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker sanne = f.worker("P-1005");
            f.norm("VOUWEN", "30", java.time.Instant.parse("2026-01-01T00:00:00Z"));
            f.workshop.journal.store(WageValueServiceTest.october(sanne, f.workshop.taskId("VOUWEN")));

            EvidencePack pack = packs(f, observation()).pack(f.viewer("coach"), sanne.id(), OCTOBER,
                    "Inpakker, mbo-1", "PDF").orElseThrow();
            byte[] pdf = documents().pdf(pack);
            java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
            java.nio.file.Files.write(Path.of("target", "screenshots", "evidence-pack.pdf"), pdf);

            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("indicatie — geen vastgestelde loonwaarde", "Normfunctie", "Inpakker, mbo-1",
                        "Hoofdtaken, tijdsaandeel", "Dozen vouwen (norm v1)", "Indicatieve loonwaarde: "
                                + pack.measurement().wageValuePercent() + " %", "Normen en versies",
                        "Werkt zelfstandig na de eerste doos", "Zienswijze van de werknemer",
                        "Zienswijze van de werkgever", "Schatting loonkostensubsidie", pack.calculationSha256());
                long images = 0;
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        images += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
                    }
                }
                assertThat(images).as("charts in the pack").isGreaterThanOrEqualTo(2);
            }
            assertThat(f.audit.about(sanne.id())).anySatisfy(e -> assertThat(e.subject()).isEqualTo("EVIDENCE_PACK"));
        }
    }

    @Test
    void the_csv_carries_the_same_figures_as_the_measurement() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker sanne = f.worker("P-1005");
            f.norm("VOUWEN", "30", java.time.Instant.parse("2026-01-01T00:00:00Z"));
            f.workshop.journal.store(WageValueServiceTest.october(sanne, f.workshop.taskId("VOUWEN")));

            EvidencePack pack = packs(f, null).pack(f.viewer("beheer"), sanne.id(), OCTOBER, "", "CSV").orElseThrow();
            String csv = EvidenceCsv.of(pack);

            Measurement m = pack.measurement();
            TaskMeasurement task = m.mainTasks().get(0);
            assertThat(csv).startsWith("\"section\",\"task_id\",\"task\",\"norm_version\",\"field\",\"value\"\r\n")
                    .contains("\"total\",\"\",\"\",\"\",\"wage_value_percent_rounded\",\"" + m.wageValuePercent() + "\"")
                    .contains("\"main_task\",\"" + task.taskId() + "\",\"Dozen vouwen\",\"\",\"tempo\",\""
                            + FigureText.plain(task.tempo(), 6) + "\"")
                    .contains("\"norm\",\"" + task.taskId() + "\",\"Dozen vouwen\",\"1\",\"seconds_per_unit\",\"30\"")
                    .contains("\"views\",\"\",\"\",\"\",\"employee_view\",\"\"")
                    .contains("\"calculation_sha256\",\"" + pack.calculationSha256() + "\"");
        }
    }

    @Test
    void the_packs_fingerprint_is_what_the_command_prints_for_the_exported_slice() throws Exception {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker sanne = f.worker("P-1005");
            f.norm("VOUWEN", "30", java.time.Instant.parse("2026-01-01T00:00:00Z"));
            f.workshop.journal.store(WageValueServiceTest.october(sanne, f.workshop.taskId("VOUWEN")));
            f.rollups.catchUp();
            EvidencePack pack = packs(f, null).pack(f.viewer("coach"), sanne.id(), OCTOBER, "", "PDF").orElseThrow();
            Path slice = dir.resolve("slice.json");
            SliceFile.write(f.wageValue.slice(f.viewer("coach"), sanne.id(), OCTOBER).orElseThrow(), slice);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

            assertThat(Recompute.run(new String[] {slice.toString()}, new java.io.PrintStream(out, true,
                    java.nio.charset.StandardCharsets.UTF_8), System.err)).isZero();

            String printed = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(out.toByteArray()));
            assertThat(pack.calculationSha256()).hasSize(64).isEqualTo(printed);
        }
    }

    @Test
    void a_supervisor_makes_no_pack_and_an_assessor_only_within_the_grant() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker lisa = f.worker("P-1008");
            long wim = f.workshop.staff.create("wim", "Wim", "wachtwoord-lang", Role.ASSESSOR);
            f.workshop.staff.grant(wim, lisa.id(), OCTOBER.from(), OCTOBER.lastDay(),
                    f.workshop.clock.instant().plus(Duration.ofDays(2)), "beheer");
            EvidencePackService packs = packs(f, null);

            assertThat(packs.pack(f.viewer("begeleider"), lisa.id(), OCTOBER, "", "PDF")).isEmpty();
            assertThat(packs.pack(f.viewer("wim"), lisa.id(), OCTOBER, "", "PDF")).isPresent();
            f.workshop.clock.advance(Duration.ofDays(3));
            assertThat(packs.pack(f.viewer("wim"), lisa.id(), OCTOBER, "", "PDF")).as("after the grant expired").isEmpty();
        }
    }

    private static CoachObservations observation() {
        return (worker, from, to) -> List.of(new CoachObservations.CoachObservation(LocalDate.of(2026, 10, 14), "Noor",
                "Werkt zelfstandig na de eerste doos; vraagt hulp bij nieuwe dozen."));
    }

    private static EvidencePackService packs(WageValueFixture f, CoachObservations coaching) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (coaching != null) {
            beans.addBean("coaching", coaching);
        }
        return new EvidencePackService(f.wageValue, f.workshop.workforce, new InstructionService(f.workshop.database,
                f.workshop.clock), beans.getBeanProvider(CoachObservations.class), f.audit, f.workshop.clock);
    }

    private EvidenceDocuments documents() {
        return new EvidenceDocuments(new PdfDocuments(), new Charts(),
                new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"), null));
    }
}
