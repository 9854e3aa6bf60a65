package nl.stapwijs.station;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import nl.stapwijs.barcode.FrameDecoder;
import nl.stapwijs.barcode.FrameReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera as a scanner, for a plain-browser station without one: a toggle, and while it
 * is on, a small live picture. The page sends a frame twice a second (640 px wide, JPEG) and
 * the server decodes it; nothing is stored. Browsers give the camera only to a secure page
 * (https, or localhost), so a hub on plain http needs a certificate first.
 */
final class CameraScanner extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(CameraScanner.class);
    private static final int FRAME_INTERVAL_MS = 500;
    private static final int FRAME_WIDTH = 640;

    private final FrameDecoder decoder;
    private final Consumer<String> scanned;
    private final CameraTrigger trigger = new CameraTrigger();
    private final Div preview = new Div();
    private final Paragraph note = new Paragraph();
    private final StationButton toggle;
    private boolean on;

    CameraScanner(FrameDecoder decoder, Consumer<String> scanned) {
        this.decoder = decoder;
        this.scanned = scanned;
        addClassName("camera-scanner");
        preview.addClassName("camera-preview");
        note.addClassName("camera-note");
        note.setVisible(false);
        toggle = new StationButton("", "openmoji:1F4F7", "camera-toggle", this::toggle);
        add(toggle, preview, note);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript("scripts/camera.js");
        toggle.getElement().setAttribute("aria-label", getTranslation("station.camera.start"));
        toggle.getElement().setAttribute("title", getTranslation("station.camera.start"));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        on = false;
        preview.getElement().executeJs("window.stapwijs.camera && window.stapwijs.camera.stop(this)");
    }

    /** One frame from the page, as a {@code data:image/jpeg;base64,...} URL. */
    @ClientCallable
    void frame(String dataUrl) {
        if (!on) {
            return;
        }
        FrameReading reading = decoder.decodeDataUrl(dataUrl);
        if (reading instanceof FrameReading.Refused refused) {
            // A page of ours never sends this; say so calmly instead of failing, and keep the camera on.
            LOG.warn("A camera frame was refused: {} ({} characters)", refused.reason(), dataUrl == null ? 0 : dataUrl.length());
            show("station.camera.too-large");
            return;
        }
        note.setVisible(false);
        trigger.seen(reading).ifPresent(scanned);
    }

    /** The page could not get a camera: none fitted, permission refused, or the page is not secure. */
    @ClientCallable
    void unavailable(String reason) {
        LOG.info("No camera at this station: {}", reason);
        on = false;
        toggle.removeClassName("on");
        show("station.camera.unavailable");
    }

    boolean isOn() {
        return on;
    }

    private void toggle() {
        on = !on;
        String label = getTranslation(on ? "station.camera.stop" : "station.camera.start");
        toggle.getElement().setAttribute("aria-label", label);
        toggle.getElement().setAttribute("title", label);
        note.setVisible(false);
        if (on) {
            toggle.addClassName("on");
            preview.getElement().executeJs("window.stapwijs.camera.start(this, $0, $1)", FRAME_INTERVAL_MS, FRAME_WIDTH);
        } else {
            toggle.removeClassName("on");
            preview.getElement().executeJs("window.stapwijs.camera.stop(this)");
        }
    }

    private void show(String key) {
        note.setText(getTranslation(key));
        note.setVisible(true);
    }
}
