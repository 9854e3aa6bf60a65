package nl.stapwijs.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {

    private static final String EAN = Ean13.withCheckDigit("871234567890");

    private final BarcodeRenderer renderer = new BarcodeRenderer();
    private final FrameDecoder decoder = new FrameDecoder();

    @Test
    void a_code128_badge_held_up_to_the_camera_is_read() {
        byte[] frame = jpeg(frame(renderer.image("P-1005", Symbology.CODE_128, 360, 120), 0, 0, 255));

        assertThat(decoder.decode(frame)).isEqualTo(new FrameReading.Found("P-1005", Symbology.CODE_128));
    }

    @Test
    void an_ean13_product_code_is_read_with_its_symbology() {
        byte[] frame = jpeg(frame(renderer.image(EAN, Symbology.EAN_13, 360, 140), 0, 0, 255));

        assertThat(decoder.decode(frame)).isEqualTo(new FrameReading.Found(EAN, Symbology.EAN_13));
    }

    @Test
    void a_qr_code_is_read_with_utf8_text() {
        byte[] frame = jpeg(frame(renderer.image("Kraków-7", Symbology.QR_CODE, 200, 200), 0, 0, 255));

        assertThat(decoder.decode(frame)).isEqualTo(new FrameReading.Found("Kraków-7", Symbology.QR_CODE));
    }

    @Test
    void a_qr_code_held_at_an_angle_is_read() {
        byte[] frame = jpeg(frame(renderer.image("LABEL-42", Symbology.QR_CODE, 200, 200), 33, 0, 255));

        assertThat(decoder.decode(frame)).isEqualTo(new FrameReading.Found("LABEL-42", Symbology.QR_CODE));
    }

    @Test
    void a_1d_code_turned_sideways_or_upside_down_is_read() {
        BufferedImage badge = renderer.image("P-1005", Symbology.CODE_128, 360, 120);
        BufferedImage product = renderer.image(EAN, Symbology.EAN_13, 360, 140);

        assertThat(decoder.decode(jpeg(frame(badge, 90, 0, 255)))).isEqualTo(new FrameReading.Found("P-1005", Symbology.CODE_128));
        assertThat(decoder.decode(jpeg(frame(product, 180, 0, 255)))).isEqualTo(new FrameReading.Found(EAN, Symbology.EAN_13));
        assertThat(decoder.decode(jpeg(frame(badge, 270, 0, 255)))).isEqualTo(new FrameReading.Found("P-1005", Symbology.CODE_128));
    }

    @Test
    void a_1d_code_held_at_45_degrees_is_read() {
        byte[] frame = png(frame(renderer.image("P-1005", Symbology.CODE_128, 360, 120), 45, 0, 255));

        assertThat(decoder.decode(frame)).isEqualTo(new FrameReading.Found("P-1005", Symbology.CODE_128));
    }

    @Test
    void a_grey_on_grey_label_in_dim_light_is_read() {
        byte[] product = png(frame(renderer.image(EAN, Symbology.EAN_13, 360, 140), 0, 118, 136));
        byte[] label = png(frame(renderer.image("LABEL-42", Symbology.QR_CODE, 200, 200), 0, 118, 136));

        assertThat(decoder.decode(product)).isEqualTo(new FrameReading.Found(EAN, Symbology.EAN_13));
        assertThat(decoder.decode(label)).isEqualTo(new FrameReading.Found("LABEL-42", Symbology.QR_CODE));
    }

    @Test
    void a_frame_without_a_code_is_no_code() {
        BufferedImage noise = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int grey = 60 + random.nextInt(40) + x / 8;
                noise.setRGB(x, y, new Color(grey, grey, grey).getRGB());
            }
        }

        assertThat(decoder.decode(jpeg(noise))).isEqualTo(new FrameReading.NoCode());
    }

    @Test
    void bytes_that_are_no_picture_are_refused() {
        assertThat(decoder.decode(new byte[] {1, 2, 3, 4}))
                .isEqualTo(new FrameReading.Refused(FrameReading.Reason.NOT_AN_IMAGE));
        assertThat(decoder.decodeDataUrl("data:text/html;base64,PGgxPg=="))
                .isEqualTo(new FrameReading.Refused(FrameReading.Reason.NOT_AN_IMAGE));
        assertThat(decoder.decodeDataUrl("data:image/jpeg;base64,@@@"))
                .isEqualTo(new FrameReading.Refused(FrameReading.Reason.NOT_AN_IMAGE));
    }

    @Test
    void an_oversized_frame_is_refused_before_it_is_unpacked() {
        byte[] huge = png(new BufferedImage(4000, 100, BufferedImage.TYPE_BYTE_GRAY));
        String tooLong = "data:image/jpeg;base64," + "A".repeat(FrameDecoder.MAX_BYTES * 2);

        assertThat(decoder.decode(huge)).isEqualTo(new FrameReading.Refused(FrameReading.Reason.TOO_LARGE));
        assertThat(decoder.decodeDataUrl(tooLong)).isEqualTo(new FrameReading.Refused(FrameReading.Reason.TOO_LARGE));
    }

    @Test
    void a_frame_sent_by_the_browser_as_a_data_url_is_read() {
        byte[] frame = jpeg(frame(renderer.image("P-1005", Symbology.CODE_128, 360, 120), 0, 0, 255));

        FrameReading reading = decoder.decodeDataUrl("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(frame));

        assertThat(reading).isEqualTo(new FrameReading.Found("P-1005", Symbology.CODE_128));
    }

    /**
     * A 640 x 480 camera frame: a mid-grey surrounding with the code in the middle, turned by
     * {@code degrees}, its black printed as {@code ink} and its white as {@code paper}.
     */
    private static BufferedImage frame(BufferedImage code, double degrees, int ink, int paper) {
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, 640, 480);
        g.rotate(Math.toRadians(degrees), 320, 240);
        BufferedImage tinted = new BufferedImage(code.getWidth(), code.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                int grey = (code.getRGB(x, y) & 0xFF) < 128 ? ink : paper;
                tinted.setRGB(x, y, new Color(grey, grey, grey).getRGB());
            }
        }
        g.drawImage(tinted, 320 - code.getWidth() / 2, 240 - code.getHeight() / 2, null);
        g.dispose();
        return frame;
    }

    private static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    private static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
