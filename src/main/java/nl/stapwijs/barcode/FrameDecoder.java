package nl.stapwijs.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Reads the barcode in a camera frame, for a plain-browser station that has a camera but
 * no scanner. Phone and tablet cameras hold the code at any angle and in poor light, so
 * each frame is tried several ways, cheapest first: as it is, turned 45 degrees (a 1D code
 * held askew), with its contrast stretched (a grey label under a dim lamp), and with a global
 * threshold. QR codes are found at any angle; 1D codes at 0, 90, 180 and 270 degrees and near
 * 45 degrees.
 */
@Component
public class FrameDecoder {

    /** A 640 x 480 JPEG at browser quality 0.7 is 30-60 kB; anything this big is not a frame from our page. */
    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_SIDE = 2048;

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, EnumSet.of(BarcodeFormat.EAN_13, BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");

    /** A frame as the browser sends it: {@code data:image/jpeg;base64,...} (PNG is accepted too). */
    public FrameReading decodeDataUrl(String dataUrl) {
        if (dataUrl == null) {
            return new FrameReading.Refused(FrameReading.Reason.NOT_AN_IMAGE);
        }
        if (dataUrl.length() > MAX_BYTES / 3 * 4 + 64) {
            return new FrameReading.Refused(FrameReading.Reason.TOO_LARGE);
        }
        int comma = dataUrl.indexOf(',');
        String header = comma < 0 ? "" : dataUrl.substring(0, comma);
        if (!header.equals("data:image/jpeg;base64") && !header.equals("data:image/png;base64")) {
            return new FrameReading.Refused(FrameReading.Reason.NOT_AN_IMAGE);
        }
        try {
            return decode(Base64.getDecoder().decode(dataUrl.substring(comma + 1)));
        } catch (IllegalArgumentException notBase64) {
            return new FrameReading.Refused(FrameReading.Reason.NOT_AN_IMAGE);
        }
    }

    /** A JPEG or PNG image. */
    public FrameReading decode(byte[] image) {
        if (image.length > MAX_BYTES) {
            return new FrameReading.Refused(FrameReading.Reason.TOO_LARGE);
        }
        BufferedImage picture;
        try {
            picture = read(image);
        } catch (IOException | RuntimeException unreadable) {
            return new FrameReading.Refused(FrameReading.Reason.NOT_AN_IMAGE);
        }
        if (picture == null) {
            return new FrameReading.Refused(FrameReading.Reason.TOO_LARGE);
        }
        return decode(picture);
    }

    FrameReading decode(BufferedImage picture) {
        LuminanceSource source = new BufferedImageLuminanceSource(picture);
        List<Function<LuminanceSource, Binarizer>> attempts = new ArrayList<>();
        attempts.add(HybridBinarizer::new);
        attempts.add(s -> new HybridBinarizer(s.rotateCounterClockwise45()));
        attempts.add(s -> new HybridBinarizer(stretched(s)));
        attempts.add(GlobalHistogramBinarizer::new);
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(HINTS);
        for (Function<LuminanceSource, Binarizer> attempt : attempts) {
            try {
                Result result = reader.decodeWithState(new BinaryBitmap(attempt.apply(source)));
                return new FrameReading.Found(result.getText(), symbology(result.getBarcodeFormat()));
            } catch (ReaderException notHere) {
                reader.reset();
            }
        }
        return new FrameReading.NoCode();
    }

    /** Reads the picture after checking its size from the header, so a huge image is never unpacked. */
    private static BufferedImage read(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("Not an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Spreads the grey values of a dull picture over the full range. ZXing's local threshold
     * treats a block whose values differ by less than 24 as blank, which a grey-on-grey label
     * in dim light can be everywhere.
     */
    private static LuminanceSource stretched(LuminanceSource source) {
        byte[] grey = source.getMatrix();
        int[] histogram = new int[256];
        for (byte value : grey) {
            histogram[value & 0xFF]++;
        }
        int low = percentile(histogram, grey.length / 100);
        int high = percentile(histogram, grey.length - grey.length / 100);
        int range = Math.max(1, high - low);
        byte[] spread = new byte[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int value = ((grey[i] & 0xFF) - low) * 255 / range;
            spread[i] = (byte) Math.clamp(value, 0, 255);
        }
        return new PlanarYUVLuminanceSource(spread, source.getWidth(), source.getHeight(), 0, 0,
                source.getWidth(), source.getHeight(), false);
    }

    private static int percentile(int[] histogram, int rank) {
        int seen = 0;
        for (int value = 0; value < 256; value++) {
            seen += histogram[value];
            if (seen > rank) {
                return value;
            }
        }
        return 255;
    }

    private static Symbology symbology(BarcodeFormat format) {
        return switch (format) {
            case EAN_13 -> Symbology.EAN_13;
            case QR_CODE -> Symbology.QR_CODE;
            default -> Symbology.CODE_128;
        };
    }
}
