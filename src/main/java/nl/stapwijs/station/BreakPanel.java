package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;

/** A break: nothing to do but come back when ready. No timer, no hurry. */
final class BreakPanel extends Div {

    BreakPanel(Locale locale, Runnable onResume) {
        addClassName("station-break");
        add(Pictures.image("openmoji:2615", "", "break-picture"));
        H1 title = new H1(getTranslation(locale, "station.break.title"));
        title.addClassName("station-title");
        add(title);
        Div actions = new Div();
        actions.addClassName("station-actions");
        actions.add(new StationButton(getTranslation(locale, "station.break.resume"), "openmoji:27A1", "primary", onResume));
        add(actions);
    }
}
