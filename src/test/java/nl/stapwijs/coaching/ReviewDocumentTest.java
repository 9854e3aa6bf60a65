package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.Viewer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review paper is in the worker's own language, with a picture beside every line. */
class ReviewDocumentTest {

    @TempDir
    Path dir;

    StationFixture workshop;

    @BeforeEach
    void open() {
        workshop = new StationFixture(dir);
    }

    @AfterEach
    void close() {
        workshop.close();
    }

    @Test
    void olenas_paper_is_in_ukrainian_with_her_goal_and_coloured_pictures() throws IOException {
        byte[] pdf = paper("P-1003");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            screenshot(document, "review-paper-uk");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Моя розмова, Olena", "Мої цілі", "Що я вмію", "Чого я хочу навчитися далі?")
                    .contains("Ik draai de schroeven zelf goed vast.")
                    .contains("Наступна розмова: 17 лютого 2027")
                    .doesNotContain("Mijn doelen");
            assertThat(colouredShare(document)).as("share of the page in colour: the pictograms").isGreaterThan(0.002);
        }
    }

    @Test
    void fatimas_paper_is_in_arabic_and_holds_only_what_was_shared_with_her() throws IOException {
        byte[] pdf = paper("P-1001");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            screenshot(document, "review-paper-ar");
            String text = new PDFTextStripper().getText(document);
            assertThat(text.codePoints().filter(c -> c >= 0x0600 && c <= 0x06FF || c >= 0xFE70 && c <= 0xFEFF).count())
                    .as("Arabic letters").isGreaterThan(40);
            assertThat(text).contains("Je vroeg zelf om nieuw werk.").doesNotContain("Helpt Jan")
                    .doesNotContain("Mijn gesprek");
            assertThat(colouredShare(document)).isGreaterThan(0.002);
        }
    }

    @Test
    void the_paper_is_audited_as_an_export() {
        paper("P-1005");

        assertThat(workshop.coaching.audit.about(worker("P-1005"))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(nl.stapwijs.base.audit.AuditAction.EXPORT);
            assertThat(e.detail()).contains("review paper");
        });
    }

    private byte[] paper(String badge) {
        Viewer coach = workshop.staff.viewer("coach").orElseThrow();
        return workshop.coaching.reviews.render(coach, worker(badge));
    }

    private static void screenshot(PDDocument document, String name) throws IOException {
        Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 60), "png",
                Path.of("target", "screenshots", name + ".png").toFile());
    }

    /** How much of the first page is strongly coloured; text and lines are black and grey. */
    private static double colouredShare(PDDocument document) throws IOException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 40);
        long coloured = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) {
                    coloured++;
                }
            }
        }
        return coloured / (double) (page.getWidth() * page.getHeight());
    }

    private long worker(String badge) {
        return workshop.workforce.workerByBadge(badge).orElseThrow().id();
    }
}
