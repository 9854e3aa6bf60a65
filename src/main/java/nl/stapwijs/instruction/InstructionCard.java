package nl.stapwijs.instruction;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import nl.stapwijs.barcode.BarcodeRenderer;
import nl.stapwijs.barcode.Symbology;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.base.pdf.PdfDocuments;
import nl.stapwijs.instruction.media.MediaStore;
import org.springframework.stereotype.Service;

/**
 * A printable card (A4 PDF) of a task's published instruction in one language, for places
 * without a station (green maintenance): every step with its picture, pictograms and sentence,
 * and a QR code that opens the digital version with photos and audio on a phone.
 */
@Service
public class InstructionCard {

    private final InstructionService instructions;
    private final MediaStore store;
    private final BarcodeRenderer barcodes;
    private final PdfDocuments pdf;

    public InstructionCard(InstructionService instructions, MediaStore store, BarcodeRenderer barcodes, PdfDocuments pdf) {
        this.instructions = instructions;
        this.store = store;
        this.barcodes = barcodes;
        this.pdf = pdf;
    }

    /** @param texts the card's own words (title, "Stap {0}") in the card's language */
    public byte[] pdf(long taskId, String language, String digitalUrl, java.util.function.BiFunction<String, Object[], String> texts) {
        Instruction instruction = instructions.currentInstruction(taskId, language)
                .orElseThrow(() -> new IllegalStateException("This task has no published instruction"));
        LocalizedTask task = instructions.task(taskId, language).orElseThrow();
        boolean rtl = Languages.isRightToLeft(Locale.forLanguageTag(language));
        StringBuilder html = new StringBuilder("""
                <html><head><style>
                @page { size: A4; margin: 14mm; }
                body { font-family: '%s'; font-size: 15pt; color: #1b1b1b; }
                h1 { font-size: 24pt; margin: 0 0 2mm 0; }
                .top { width: 100%%; } .top td { vertical-align: top; }
                .qr { width: 34mm; height: 34mm; } .scan { font-size: 9pt; width: 40mm; }
                table.steps { width: 100%%; border-collapse: collapse; margin-top: 4mm; }
                table.steps td { border-top: 0.4mm solid #999; padding: 2.5mm; vertical-align: middle; }
                .n { font-size: 20pt; font-weight: bold; width: 12mm; }
                .pic { width: 38mm; height: 30mm; } .icon { width: 13mm; height: 13mm; }
                .text { font-size: 17pt; font-weight: bold; } .small { font-size: 9pt; color: #555; }
                </style></head><body>
                """.formatted(PdfDocuments.FONT));
        html.append("<table class='top'><tr><td><h1>").append(PdfDocuments.escape(task.name())).append("</h1>")
                .append("<div class='small'>").append(PdfDocuments.escape(texts.apply("card.title", new Object[0])))
                .append(" · ").append(PdfDocuments.escape(texts.apply("card.version", new Object[] {instruction.version()})))
                .append("</div></td><td class='scan'><img class='qr' src='").append(dataUri("image/png",
                        barcodes.png(digitalUrl, Symbology.QR_CODE, 400, 400))).append("'/><br/>")
                .append(PdfDocuments.escape(texts.apply("card.scan", new Object[0]))).append("</td></tr></table>");
        html.append("<table class='steps'>");
        for (Step step : instruction.steps()) {
            html.append("<tr><td class='n'>").append(step.position()).append("</td><td><img class='pic' src='")
                    .append(picture(step.picture())).append("'/></td><td>");
            if (step.pictogram() != null) {
                html.append("<img class='icon' src='").append(picture(step.pictogram())).append("'/> ");
            }
            for (String safety : step.safety()) {
                html.append("<img class='icon' src='").append(picture(safety)).append("'/> ");
            }
            html.append("</td><td class='text'>");
            if (rtl && !step.isFallback(language)) {
                // The PDF renderer cannot join Arabic letters or order right-to-left text; Java's text layout can.
                html.append("<img style='height: 9mm' src='").append(dataUri("image/png", sentenceImage(step.text())))
                        .append("'/>");
            } else {
                html.append(PdfDocuments.escape(step.text()));
            }
            html.append("</td></tr>");
        }
        html.append("</table></body></html>");
        return pdf.render(html.toString());
    }

    private String picture(String reference) {
        if (reference.startsWith("openmoji:")) {
            String path = "/META-INF/resources/assets/openmoji/color/svg/" + reference.substring("openmoji:".length()) + ".svg";
            try (InputStream in = InstructionCard.class.getResourceAsStream(path)) {
                return in == null ? "" : dataUri("image/svg+xml", in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (MediaStore.isReference(reference) && store.exists(reference)) {
            String name = MediaStore.nameOf(reference);
            String type = name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png" : "image/jpeg";
            return dataUri(type, store.read(reference));
        }
        return "";
    }

    private static byte[] sentenceImage(String text) {
        Font font = new Font("DejaVu Sans", Font.BOLD, 64);
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/pdf-fonts/ttf/DejaVuSans-Bold.ttf")) {
            if (in != null) {
                font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(64f);
            }
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("The PDF font is damaged", e);
        }
        FontRenderContext context = new FontRenderContext(null, true, true);
        TextLayout layout = new TextLayout(text, font, context);
        int width = (int) Math.ceil(layout.getAdvance()) + 8;
        int height = (int) Math.ceil(layout.getAscent() + layout.getDescent()) + 8;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x1b, 0x1b, 0x1b));
        layout.draw(g, 4, 4 + layout.getAscent());
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static String dataUri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
