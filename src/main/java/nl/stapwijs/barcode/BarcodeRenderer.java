package nl.stapwijs.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders printable barcodes as PNG with a quiet zone, so a cheap scanner reads them from paper or a phone. */
@Component
public class BarcodeRenderer {

    public byte[] png(String text, Symbology symbology, int width, int height) {
        BitMatrix matrix = encode(text, symbology, width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG as a data: URI, for documents that carry their images inside (printable PDFs). */
    public String dataUri(String text, Symbology symbology, int width, int height) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(text, symbology, width, height));
    }

    public java.awt.image.BufferedImage image(String text, Symbology symbology, int width, int height) {
        return MatrixToImageWriter.toBufferedImage(encode(text, symbology, width, height));
    }

    private static BitMatrix encode(String text, Symbology symbology, int width, int height) {
        if (symbology == Symbology.EAN_13 && !Ean13.isValid(text)) {
            throw new IllegalArgumentException("Not a valid EAN-13 code: " + ScanReading.printable(text));
        }
        try {
            return new MultiFormatWriter().encode(text, format(symbology), width, height, Map.of(
                    EncodeHintType.MARGIN, symbology == Symbology.QR_CODE ? 2 : 10,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot render " + symbology + " for " + ScanReading.printable(text), e);
        }
    }

    private static BarcodeFormat format(Symbology symbology) {
        return switch (symbology) {
            case EAN_13 -> BarcodeFormat.EAN_13;
            case CODE_128 -> BarcodeFormat.CODE_128;
            case QR_CODE -> BarcodeFormat.QR_CODE;
        };
    }
}
