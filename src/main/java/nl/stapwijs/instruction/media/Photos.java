package nl.stapwijs.instruction.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.stapwijs.base.image.Jpeg;

/**
 * Turns an uploaded photo into what a kiosk shows: decoded (JPEG, PNG or WebP only), turned
 * upright as the phone meant it, scaled down to at most {@link #LONGEST_SIDE} pixels and
 * written again as a JPEG. Writing it again drops every EXIF field (place, phone, time).
 */
final class Photos {

    /** The step picture fills about 700x560 CSS px on a 1280x800 kiosk; this leaves room for sharper screens. */
    static final int LONGEST_SIDE = 1280;
    /** Refused before decoding: a small file can claim a huge image (a decompression bomb). */
    static final long MAX_PIXELS = 50_000_000L;

    static {
        // In the packaged jar ImageIO's registry was filled before the WebP plugin was on the class path.
        ImageIO.scanForPlugins();
    }

    private Photos() {
    }

    static byte[] forKiosk(byte[] upload, Sniff type) {
        BufferedImage image = decode(upload, type);
        if (type == Sniff.JPEG) {
            image = Jpeg.upright(image, upload);
        }
        return Jpeg.encode(scaled(image));
    }

    private static BufferedImage decode(byte[] upload, Sniff type) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.name().toLowerCase(java.util.Locale.ROOT));
            if (!readers.hasNext()) {
                throw new MediaRefused("media.photo.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new MediaRefused("media.photo.tooManyPixels", MAX_PIXELS / 1_000_000);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Read every n-th pixel of a large photo: a 48 MP phone picture then needs a fraction of the memory.
                int step = (int) Math.max(1, Math.max(width, height) / (2L * LONGEST_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof MediaRefused refused) {
                throw refused;
            }
            throw new MediaRefused("media.photo.unreadable");
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        double factor = Math.min(1.0, (double) LONGEST_SIDE / longest);
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE);       // transparent parts of a PNG become white, as on paper
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

}
