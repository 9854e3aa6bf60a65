package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.production.DowntimeReason;

/**
 * Work stands still for a reason that is not the worker's. The supervisor sees it on the
 * floor; the worker only needs to know that, and how to go on when it is solved.
 */
final class DowntimePanel extends Div {

    DowntimePanel(DowntimeReason reason, Locale locale, Runnable onResume) {
        addClassName("station-downtime");
        add(Pictures.image(reason.pictogram(), "", "break-picture"));
        H1 title = new H1(getTranslation(locale, "station.downtime." + reason.name()));
        title.addClassName("station-title");
        Paragraph hint = new Paragraph(getTranslation(locale, "station.downtime.hint"));
        hint.addClassName("downtime-hint");
        add(title, hint);
        Div actions = new Div();
        actions.addClassName("station-actions");
        actions.add(new StationButton(getTranslation(locale, "station.downtime.resume"), "openmoji:27A1", "primary",
                onResume));
        add(actions);
    }
}
