package nl.stapwijs.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that makes a file when it is clicked, not before: exports are made (and audited) on demand. */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor link(String label, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("download");
        return anchor;
    }
}
