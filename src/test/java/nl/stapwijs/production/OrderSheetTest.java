package nl.stapwijs.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.stapwijs.barcode.BarcodeRenderer;
import nl.stapwijs.barcode.PrintedBarcodes;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.pdf.PdfDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed order sheet: one A4 page whose Code 128 and QR code both read back as the order's code. */
class OrderSheetTest {

    private final OrderSheet sheet = new OrderSheet(new BarcodeRenderer(), new PdfDocuments(),
            new StapwijsProperties(Path.of("data"), ZoneId.of("Europe/Amsterdam"), null));

    @Test
    void the_sheet_carries_the_order_code_twice_and_says_what_to_make() throws Exception {
        CustomerOrder order = new CustomerOrder(7, "ORD-1007", "Kartonnage Oost", "PO 88213", 3, 1200,
                LocalDate.of(2026, 12, 18), OrderStatus.OPEN, "Dozen per 20 op een pallet", "begeleider",
                Instant.parse("2026-12-01T09:00:00Z"), List.of(5L), List.of(2L), List.of());
        Product box = new Product(3, "Doos 40x30", "openmoji:1F4E6", 20, false, "dozen");

        byte[] pdf = sheet.pdf(order, box, new OrderSheet.Names("Doos 40x30", List.of("Dozen vouwen"),
                List.of("Team Verpakken")), (key, args) -> key + (args.length == 0 ? "" : " " + List.of(args)),
                Locale.forLanguageTag("nl-NL"));

        assertThat(PrintedBarcodes.pages(pdf)).isEqualTo(1);
        assertThat(PrintedBarcodes.all(pdf)).contains("ORD-1007");
        assertThat(PrintedBarcodes.inArea(pdf, 0, 130, 0, 80, 80)).as("the QR code, top right").containsExactly("ORD-1007");
        assertThat(PrintedBarcodes.inArea(pdf, 0, 0, 90, 210, 110)).as("the Code 128 across the page")
                .containsExactly("ORD-1007");
        double[] size = PrintedBarcodes.pageSizeMm(pdf, 0);
        assertThat(size[0]).isBetween(209.0, 211.0);
        assertThat(size[1]).isBetween(296.0, 298.0);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Kartonnage Oost", "Doos 40x30", "Dozen vouwen", "Team Verpakken", "vrijdag 18 december 2026");
        }
    }
}
