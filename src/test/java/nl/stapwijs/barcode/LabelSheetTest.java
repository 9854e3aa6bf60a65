package nl.stapwijs.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.stapwijs.base.pdf.PdfDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Printed labels carry barcodes a scanner reads: render → rasterise (pdfbox) → decode (ZXing). */
class LabelSheetTest {

    private final LabelSheet sheet = new LabelSheet(new BarcodeRenderer(), new PdfDocuments());

    @ParameterizedTest
    @EnumSource(LabelFormat.class)
    void every_label_size_prints_codes_that_decode_back_to_their_text(LabelFormat format) {
        List<Label> labels = List.of(
                new Label("Doos 40x30", List.of("1 doos = 20 stuks"), "2000000000039", List.of(Symbology.EAN_13)),
                new Label("Sanne B.", List.of("Team Verpakken"), "P-1005", List.of(Symbology.CODE_128, Symbology.QR_CODE)),
                new Label("Zak bladafval", List.of("1 zak"), "GRO-ZAK-BLAD", List.of(Symbology.QR_CODE)));

        byte[] pdf = sheet.pdf(labels, format);

        List<String> found = format.perPage() > 1
                ? PrintedBarcodes.perLabel(pdf, format).stream().flatMap(List::stream).toList()
                : PrintedBarcodes.all(pdf);
        assertThat(found).contains("2000000000039", "P-1005", "GRO-ZAK-BLAD");
        double[] size = PrintedBarcodes.pageSizeMm(pdf, 0);
        assertThat(size[0]).isCloseTo(format.pageWidth, within(0.5));
        assertThat(size[1]).isCloseTo(format.pageHeight, within(0.5));
    }

    @Test
    void a_full_a4_sheet_holds_21_labels_and_the_22nd_starts_a_second_sheet() {
        List<Label> labels = new ArrayList<>();
        IntStream.rangeClosed(1, 22).forEach(i -> labels.add(new Label("Medewerker " + i, List.of(),
                "P-" + (1000 + i), List.of(Symbology.CODE_128))));

        byte[] pdf = sheet.pdf(labels, LabelFormat.A4_21);

        List<List<String>> places = PrintedBarcodes.perLabel(pdf, LabelFormat.A4_21);
        assertThat(PrintedBarcodes.pages(pdf)).isEqualTo(2);
        assertThat(places).hasSize(42);
        for (int i = 0; i < 22; i++) {
            assertThat(places.get(i)).as("place %d", i + 1).containsExactly("P-" + (1001 + i));
        }
        assertThat(places.subList(22, 42)).allSatisfy(place -> assertThat(place).isEmpty());
    }

    @Test
    void a_roll_prints_one_label_per_page() {
        byte[] pdf = sheet.pdf(List.of(new Label("A", List.of(), "A-1", List.of(Symbology.CODE_128)),
                new Label("B", List.of(), "B-2", List.of(Symbology.CODE_128))), LabelFormat.BROTHER_62X29);

        assertThat(PrintedBarcodes.perPage(pdf, 300)).containsExactly(List.of("A-1"), List.of("B-2"));
    }
}
