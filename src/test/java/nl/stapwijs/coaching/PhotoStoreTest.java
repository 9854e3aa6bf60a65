package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.media.UploadsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoStoreTest {

    @TempDir
    Path dir;

    @Test
    void a_phone_photo_held_upright_is_kept_upright_and_without_its_exif() throws Exception {
        PhotoStore store = new PhotoStore(new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"),
                new StapwijsProperties.Demo(false, 1L, 0)));
        byte[] sideways = UploadsTest.withOrientation(UploadsTest.image(400, 300, "jpg"), 6);

        byte[] kept = store.read(store.store(sideways).file());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());
        assertThat(new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }
}
