package nl.stapwijs.base.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns a small XHTML document into a PDF with DejaVu Sans embedded, so names in any of the
 * shipped scripts print correctly, and SVG pictures (OpenMoji pictograms) drawn as vectors. Every
 * printable Stapwijs document goes through here.
 */
@Component
public class PdfDocuments {

    public static final String FONT = "DejaVu Sans";

    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            // Arabic needs its letters joined and its runs reordered; a document sets direction: rtl itself.
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
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
