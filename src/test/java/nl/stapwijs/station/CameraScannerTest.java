package nl.stapwijs.station;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.stapwijs.KaribuTest;
import nl.stapwijs.barcode.BarcodeRenderer;
import nl.stapwijs.barcode.Symbology;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CameraScannerTest extends KaribuTest {

    @Autowired
    BarcodeRenderer renderer;

    @Autowired
    StationRuntimes runtimes;

    @Test
    void a_station_opened_without_the_camera_parameter_shows_no_camera() {
        bindBrowserTo("MON-3");
        UI.getCurrent().navigate("station/MON-3");

        assertThat(_find(CameraScanner.class)).isEmpty();
    }

    @Test
    void a_badge_held_up_to_the_camera_signs_in_once_however_many_frames_see_it() throws IOException {
        bindBrowserTo("MON-3");
        UI.getCurrent().navigate("station/MON-3", QueryParameters.simple(Map.of("camera", "")));
        CameraScanner camera = _get(CameraScanner.class);
        _click(_get(Button.class, spec -> spec.withClasses("camera-toggle")));
        String badge = frame("P-1003");

        camera.frame(badge);
        camera.frame(badge);
        camera.frame(badge);
        push();

        assertThat(runtimes.runtime("MON-3").orElseThrow().state().worker().badge()).isEqualTo("P-1003");
        assertThat(javaScriptSent()).anyMatch(js -> js.contains("camera.start"));
        assertThat(_get(StationView.class).getElement().getAttribute("data-mode")).isEqualTo("CHOOSE_TASK");
        // A second reading of the same badge would have been refused as "already signed in".
        assertThat(runtimes.runtime("MON-3").orElseThrow().state().outcome()).isNull();
        runtimes.runtime("MON-3").orElseThrow().signOut();
    }

    @Test
    void an_oversized_frame_gets_a_calm_note_and_the_camera_stays_on() {
        bindBrowserTo("MON-4");
        UI.getCurrent().navigate("station/MON-4", QueryParameters.simple(Map.of("camera", "")));
        CameraScanner camera = _get(CameraScanner.class);
        _click(_get(Button.class, spec -> spec.withClasses("camera-toggle")));

        camera.frame("data:image/jpeg;base64," + "A".repeat(2_000_000));

        assertThat(camera.isOn()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("camera-note")).getText())
                .isEqualTo("Dat beeld kwam niet goed door.");
    }

    private String frame(String text) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        java.awt.image.BufferedImage code = renderer.image(text, Symbology.CODE_128, 400, 140);
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 640, 480);
        g.drawImage(code, 120, 170, null);
        g.dispose();
        ImageIO.write(rgb, "jpg", jpeg);
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg.toByteArray());
    }
}
