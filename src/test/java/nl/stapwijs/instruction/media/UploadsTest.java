package nl.stapwijs.instruction.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import nl.stapwijs.base.StapwijsProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class UploadsTest {

    @TempDir
    Path dir;

    MediaStore store;
    Uploads uploads;

    @BeforeEach
    void open() {
        store = new MediaStore(new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"), new StapwijsProperties.Demo(false, 1L, 0)));
        uploads = new Uploads(store);
    }

    @Test
    void a_large_photo_is_scaled_to_kiosk_size_and_written_again_without_its_exif() throws Exception {
        byte[] jpeg = withExif(image(4000, 3000, "jpg"));

        String reference = uploads.photo(jpeg);

        byte[] stored = store.read(reference);
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(Photos.LONGEST_SIDE);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("Stapwijs-GPS");
        assertThat(reference).matches("media:[0-9a-f]{64}\\.jpg");
    }

    @Test
    void a_phone_photo_held_upright_stays_upright() throws Exception {
        byte[] sideways = withOrientation(image(400, 300, "jpg"), 6);

        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(store.read(uploads.photo(sideways))));

        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
    }

    @Test
    void png_photos_are_taken_and_anything_else_is_refused_with_a_clear_reason() throws Exception {
        assertThat(uploads.photo(image(300, 200, "png"))).endsWith(".jpg");
        assertThatThrownBy(() -> uploads.photo("GIF89a not a photo".getBytes())).isInstanceOf(MediaRefused.class)
                .extracting(e -> ((MediaRefused) e).key()).isEqualTo("media.photo.wrongType");
        assertThatThrownBy(() -> uploads.photo(new byte[Uploads.MAX_PHOTO_MB * 1024 * 1024 + 1]))
                .extracting(e -> ((MediaRefused) e).key()).isEqualTo("media.photo.tooLarge");
        byte[] truncated = java.util.Arrays.copyOf(image(300, 200, "jpg"), 40);
        assertThatThrownBy(() -> uploads.photo(truncated)).extracting(e -> ((MediaRefused) e).key())
                .isEqualTo("media.photo.unreadable");
    }

    @Test
    void videos_and_recordings_are_checked_by_their_bytes_not_their_name() {
        byte[] mp4 = new byte[64];
        System.arraycopy("....ftypisom".getBytes(), 0, mp4, 0, 12);
        assertThat(uploads.video(mp4)).endsWith(".mp4");
        assertThatThrownBy(() -> uploads.video("RIFF....WAVE".getBytes())).extracting(e -> ((MediaRefused) e).key())
                .isEqualTo("media.video.wrongType");
        assertThatThrownBy(() -> uploads.video(new byte[Uploads.MAX_VIDEO_MB * 1024 * 1024 + 1]))
                .extracting(e -> ((MediaRefused) e).key()).isEqualTo("media.video.tooLarge");
        assertThat(uploads.recording(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 0})).endsWith(".webm");
        assertThatThrownBy(() -> uploads.recording("<html>".getBytes())).extracting(e -> ((MediaRefused) e).key())
                .isEqualTo("media.recording.wrongType");
    }

    @Test
    void a_zip_with_a_name_that_climbs_out_or_a_bomb_is_refused() throws Exception {
        assertThatThrownBy(() -> SafeZip.read(zip("../../etc/passwd", "x".getBytes())))
                .extracting(e -> ((MediaRefused) e).key()).isEqualTo("media.zip.badName");
        assertThatThrownBy(() -> SafeZip.read(zip("bomb.svg", new byte[(int) SafeZip.MAX_ENTRY_BYTES + 1])))
                .extracting(e -> ((MediaRefused) e).key()).isEqualTo("media.zip.tooLarge");
        assertThat(SafeZip.read(zip("map/ok.svg", "<svg/>".getBytes()))).containsKey("map/ok.svg");
    }

    static byte[] zip(String name, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    public static byte[] image(int width, int height, String format) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] withExif(byte[] jpeg) {
        return withApp1(jpeg, exif(1, "Stapwijs-GPS"));
    }

    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        return withApp1(jpeg, exif(orientation, ""));
    }

    /** A minimal big-endian EXIF block: one IFD entry (orientation) and some trailing text. */
    private static byte[] exif(int orientation, String text) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        b.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
                0, 0, 0, 0});
        b.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    private static byte[] withApp1(byte[] jpeg, byte[] payload) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xD8);
        b.write(0xFF);
        b.write(0xE1);
        int length = payload.length + 2;
        b.write(length >> 8);
        b.write(length & 0xFF);
        b.writeBytes(payload);
        b.write(jpeg, 2, jpeg.length - 2);
        return b.toByteArray();
    }
}
