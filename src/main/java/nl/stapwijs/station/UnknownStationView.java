package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;

/** What a browser sees at a station address that is not (or not yet) a station. */
@Route(value = "station", autoLayout = false)
@PageTitle("Stapwijs")
public class UnknownStationView extends Div {

    public UnknownStationView() {
        addClassNames("station", "station-unknown");
        Locale dutch = Locale.forLanguageTag("nl");
        Div box = new Div();
        box.addClassName("station-main");
        box.add(Pictures.image("openmoji:1F6E0", "", "break-picture"));
        H1 title = new H1(getTranslation(dutch, "station.unknown"));
        title.addClassName("station-title");
        Paragraph hint = new Paragraph(getTranslation(dutch, "station.unknown.hint"));
        hint.addClassName("station-hint");
        box.add(title, hint);
        add(box);
    }
}
