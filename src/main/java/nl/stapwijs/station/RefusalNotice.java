package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;

/**
 * A calm explanation of a scan that did not count, with a picture of what is expected.
 * No red, no alarm: the worker did nothing wrong by trying.
 */
final class RefusalNotice extends Div {

    RefusalNotice(Outcome.Refused refused, Locale locale) {
        addClassName("refusal");
        getElement().setAttribute("role", "status");
        Paragraph text = new Paragraph(getTranslation(locale, "station.refused." + refused.refusal().name()));
        text.addClassName("refusal-text");
        add(text);
        String picture = expectedPicture(refused);
        if (picture != null) {
            String alt = refused.expected() == null ? "" : refused.expected().name();
            add(Pictures.image(picture, alt, "refusal-picture"));
        }
    }

    private static String expectedPicture(Outcome.Refused refused) {
        return switch (refused.refusal()) {
            case WRONG_PRODUCT, UNKNOWN_CODE, UNREADABLE -> refused.expected() == null ? null : refused.expected().pictogram();
            case NOT_SIGNED_IN, UNKNOWN_BADGE -> "openmoji:1FAAA";
            case CHOOSE_TASK_FIRST, ALREADY_SIGNED_IN, ALREADY_COUNTED, ORDER_CLOSED, ORDER_ELSEWHERE -> null;
        };
    }
}
