package nl.stapwijs.production;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.stapwijs.barcode.BarcodeRenderer;
import nl.stapwijs.barcode.Symbology;
import nl.stapwijs.base.pdf.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * The order sheet: one A4 page that goes with the work to the stations. Its Code 128 and QR
 * code carry the order's code; scanning either at a station starts work on the order.
 */
@Component
public class OrderSheet {

    /** Names for what the sheet mentions by id. */
    public record Names(String product, List<String> tasks, List<String> who) {
    }

    private final BarcodeRenderer barcodes;
    private final PdfDocuments pdf;
    private final java.time.ZoneId zone;

    public OrderSheet(BarcodeRenderer barcodes, PdfDocuments pdf, nl.stapwijs.base.StapwijsProperties properties) {
        this.barcodes = barcodes;
        this.pdf = pdf;
        this.zone = properties.zone();
    }

    public byte[] pdf(CustomerOrder order, Product product, Names names, Words words, Locale locale) {
        String due = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(order.dueDate());
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4; margin: 18mm 16mm; }
                body { margin: 0; font-family: '%s'; font-size: 12pt; color: #1b1b1b; }
                h1 { font-size: 30pt; margin: 0 0 2mm 0; }
                .kind { font-size: 13pt; color: #555; margin: 0; }
                table.facts { border-collapse: collapse; width: 120mm; margin-top: 6mm; }
                table.facts td { padding: 1.6mm 2mm 1.6mm 0; vertical-align: top; }
                table.facts td.key { color: #555; width: 34mm; }
                .qr { position: absolute; right: 0; top: 0; width: 48mm; height: 48mm; }
                .bars { margin-top: 14mm; text-align: center; }
                .code { font-size: 22pt; font-weight: bold; letter-spacing: 1mm; text-align: center; }
                .scan { font-size: 14pt; text-align: center; margin-top: 4mm; }
                .made { position: absolute; bottom: 0; font-size: 9pt; color: #555; }
                </style></head><body>
                """.formatted(PdfDocuments.FONT));
        html.append("<div style=\"position: relative; height: 250mm;\">");
        html.append("<img class=\"qr\" src=\"").append(barcodes.dataUri(order.code(), Symbology.QR_CODE, 560, 560))
                .append("\"/>");
        html.append("<p class=\"kind\">").append(e(words.of("staff.sheet.kind"))).append("</p>");
        html.append("<h1>").append(e(order.code())).append("</h1>");
        html.append("<table class=\"facts\">");
        row(html, words.of("staff.orders.customer"), order.customer()
                + (order.reference() == null ? "" : " (" + words.of("staff.sheet.reference", order.reference()) + ")"));
        row(html, words.of("staff.orders.product"), names.product());
        row(html, words.of("staff.orders.quantity"), String.format(locale, "%,d %s", order.quantity(), product.unit())
                + (product.unitsPerScan() > 1 ? " · " + words.of("staff.sheet.perScan", product.perScan()) : ""));
        row(html, words.of("staff.orders.due"), due);
        row(html, words.of("staff.orders.tasks"), String.join(", ", names.tasks()));
        row(html, words.of("staff.orders.who"), names.who().isEmpty() ? words.of("staff.orders.everyone")
                : String.join(", ", names.who()));
        if (order.note() != null) {
            row(html, words.of("staff.orders.note"), order.note());
        }
        html.append("</table>");
        html.append("<div class=\"bars\"><img style=\"width: 150mm; height: 32mm;\" src=\"")
                .append(barcodes.dataUri(order.code(), Symbology.CODE_128, 1800, 380)).append("\"/></div>");
        html.append("<div class=\"code\">").append(e(order.code())).append("</div>");
        html.append("<p class=\"scan\">").append(e(words.of("staff.sheet.scan"))).append("</p>");
        html.append("<p class=\"made\">").append(e(words.of("staff.sheet.made", order.createdBy(),
                DateTimeFormatter.ofPattern("d-M-yyyy", locale).format(order.createdAt().atZone(zone)))))
                .append("</p>");
        html.append("</div></body></html>");
        return pdf.render(html.toString());
    }

    private static void row(StringBuilder html, String key, String value) {
        html.append("<tr><td class=\"key\">").append(e(key)).append("</td><td>").append(e(value)).append("</td></tr>");
    }

    private static String e(String text) {
        return PdfDocuments.escape(text);
    }
}
