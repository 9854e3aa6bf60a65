package nl.stapwijs.barcode;

import java.util.List;
import java.util.Locale;
import nl.stapwijs.base.pdf.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * Renders labels as a PDF to print at 100 % ("actual size") on the chosen paper. Barcodes are
 * PNGs at about 12 pixels per millimetre, with whole pixels per module, so bars stay sharp on a
 * 300 dpi printer and a cheap scanner reads them.
 */
@Component
public class LabelSheet {

    /** Pixels per millimetre of the barcode images (≈ 300 dpi). */
    static final double PX_PER_MM = 12;

    private final BarcodeRenderer barcodes;
    private final PdfDocuments pdf;

    public LabelSheet(BarcodeRenderer barcodes, PdfDocuments pdf) {
        this.barcodes = barcodes;
        this.pdf = pdf;
    }

    public byte[] pdf(List<Label> labels, LabelFormat format) {
        StringBuilder html = new StringBuilder();
        html.append("<html><head><style>")
                .append(String.format(Locale.ROOT, "@page { size: %.2fmm %.2fmm; margin: 0; }", format.pageWidth, format.pageHeight))
                .append("body { margin: 0; font-family: '").append(PdfDocuments.FONT).append("'; }")
                .append(".page { position: relative; page-break-after: always; ")
                .append(String.format(Locale.ROOT, "width: %.2fmm; height: %.2fmm; }", format.pageWidth, format.pageHeight))
                .append(".page:last-child { page-break-after: auto; }")
                .append(".label { position: absolute; overflow: hidden; box-sizing: border-box; text-align: center; }")
                .append(".title { font-weight: bold; white-space: nowrap; overflow: hidden; }")
                .append(".line { white-space: nowrap; overflow: hidden; }")
                .append(".code { letter-spacing: 0.2mm; }")
                .append("img { display: block; margin: 0 auto; }")
                .append("</style></head><body>");
        int perPage = format.perPage();
        for (int start = 0; start < Math.max(1, labels.size()); start += perPage) {
            html.append("<div class=\"page\">");
            List<Label> page = labels.subList(Math.min(start, labels.size()), Math.min(labels.size(), start + perPage));
            for (int i = 0; i < page.size(); i++) {
                html.append(label(page.get(i), format, i % format.columns, i / format.columns));
            }
            html.append("</div>");
        }
        html.append("</body></html>");
        return pdf.render(html.toString());
    }

    private String label(Label label, LabelFormat format, int column, int row) {
        double x = format.left + column * (format.width + format.columnGap);
        double y = format.top + row * (format.height + format.rowGap);
        double padding = Math.min(3, format.height * 0.07);
        double inner = format.width - 2 * padding;
        // Type and bars scale with the label: a 29 mm label gets 8 pt text and 10 mm bars.
        double titlePt = Math.max(7, Math.min(18, format.height * 0.28));
        double linePt = titlePt * 0.72;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "<div class=\"label\" style=\"left: %.2fmm; top: %.2fmm; width: %.2fmm; height: %.2fmm; padding: %.2fmm;\">",
                x, y, format.width, format.height, padding));
        out.append(String.format(Locale.ROOT, "<div class=\"title\" style=\"font-size: %.1fpt;\">%s</div>",
                titlePt, PdfDocuments.escape(label.title())));
        int lines = format.isLarge() ? label.lines().size() : Math.min(1, label.lines().size());
        for (String line : label.lines().subList(0, lines)) {
            out.append(String.format(Locale.ROOT, "<div class=\"line\" style=\"font-size: %.1fpt;\">%s</div>",
                    linePt, PdfDocuments.escape(line)));
        }
        List<Symbology> shown = format.isLarge() ? label.symbologies() : label.symbologies().subList(0, 1);
        for (Symbology symbology : shown) {
            boolean square = symbology == Symbology.QR_CODE;
            double height = square ? Math.min(inner, format.height * 0.32) : format.height * (format.isLarge() ? 0.2 : 0.36);
            double width = square ? height : inner;
            out.append(String.format(Locale.ROOT, "<img src=\"%s\" style=\"width: %.2fmm; height: %.2fmm; margin-top: 0.8mm;\"/>",
                    barcodes.dataUri(label.code(), symbology, (int) (width * PX_PER_MM), (int) (height * PX_PER_MM)),
                    width, height));
        }
        out.append(String.format(Locale.ROOT, "<div class=\"code\" style=\"font-size: %.1fpt;\">%s</div>",
                linePt, PdfDocuments.escape(label.code())));
        out.append("</div>");
        return out.toString();
    }
}
