package nl.stapwijs.base.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns a small XHTML document into a PDF with DejaVu Sans embedded, so names in any of the
 * shipped scripts print correctly. Every printable Stapwijs document goes through here.
 */
@Component
public class PdfDocuments {

    public static final String FONT = "DejaVu Sans";

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Pictograms are SVG (OpenMoji): drawn as vectors, sharp at any print size.
            builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render a PDF", e);
        }
        return out.toByteArray();
    }

    /** Escapes text for XHTML element content and attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static InputStream font(String file) {
        InputStream stream = PdfDocuments.class.getResourceAsStream("/pdf-fonts/ttf/" + file);
        if (stream == null) {
            throw new IllegalStateException("The PDF font " + file + " is missing from the build (run ./stapwijs setup)");
        }
        return stream;
    }
}
