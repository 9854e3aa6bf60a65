package nl.stapwijs.base.ui;

import com.vaadin.flow.component.html.Image;

/**
 * Pictures are stored as references: {@code openmoji:1F4E6} for a pictogram of the bundled
 * OpenMoji set, {@code media:<file>} for an uploaded photo. This turns them into images.
 */
public final class Pictures {

    private Pictures() {
    }

    public static String url(String reference) {
        if (reference == null || reference.isBlank()) {
            return "";
        }
        if (reference.startsWith("openmoji:")) {
            return "assets/openmoji/color/svg/" + reference.substring("openmoji:".length()) + ".svg";
        }
        if (reference.startsWith("media:")) {
            return "media/" + reference.substring("media:".length());
        }
        return reference;
    }

    /**
     * An image with its alternative text. Decorative pictures (the sentence next to them says
     * the same) get an empty alt, so screen readers do not read everything twice.
     */
    public static Image image(String reference, String alt, String... classNames) {
        Image image = new Image(url(reference), alt == null ? "" : alt);
        image.addClassNames(classNames);
        image.getElement().setAttribute("draggable", "false");
        return image;
    }
}
