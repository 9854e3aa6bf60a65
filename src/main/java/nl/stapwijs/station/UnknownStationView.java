package nl.stapwijs.station;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.workforce.WorkforceService;

/**
 * What a browser sees at a station address when it is not bound to that station: a kind
 * page, the way to pair it, and in the demo a button that binds it at once.
 */
@Route(value = "not-a-station/:code?", autoLayout = false)
@PageTitle("Stapwijs")
@AnonymousAllowed
public class UnknownStationView extends Div implements BeforeEnterObserver {

    private final StapwijsProperties properties;
    private final WorkforceService workforce;
    private final Div box = new Div();

    public UnknownStationView(StapwijsProperties properties, WorkforceService workforce) {
        this.properties = properties;
        this.workforce = workforce;
        addClassNames("station", "station-unknown");
        box.addClassName("station-main");
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Locale dutch = Locale.forLanguageTag("nl");
        box.removeAll();
        box.add(Pictures.image("openmoji:1F6E0", "", "break-picture"));
        H1 title = new H1(getTranslation(dutch, "station.unknown"));
        title.addClassName("station-title");
        Paragraph hint = new Paragraph(getTranslation(dutch, "station.unknown.hint"));
        hint.addClassName("station-hint");
        box.add(title, hint, new Anchor("pair", getTranslation(dutch, "station.pair.enterCode")));
        if (properties.demo().enabled() && workforce.station(code).isPresent()) {
            box.add(demoBinding(code, dutch));
        }
    }

    /** A plain form: the binding cookie must come back on a real HTTP response, not over push. */
    private Div demoBinding(String code, Locale locale) {
        Div wrapper = new Div();
        wrapper.addClassName("demo-binding");
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "pairing/demo");
        Element station = new Element("input");
        station.setAttribute("type", "hidden");
        station.setAttribute("name", "station");
        station.setAttribute("value", code);
        NativeButton submit = new NativeButton(getTranslation(locale, "station.pair.demo", code));
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("demo-bind");
        form.appendChild(station, submit.getElement());
        wrapper.getElement().appendChild(form);
        return wrapper;
    }
}
