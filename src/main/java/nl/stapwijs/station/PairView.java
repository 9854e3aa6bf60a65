package nl.stapwijs.station;

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
import java.util.List;
import java.util.Locale;

/**
 * Where a technician types (or a phone opens, from the QR) a pairing code to make this
 * browser a station. A plain form posts the code, so the cookie comes back on a real HTTP
 * response.
 */
@Route(value = "pair", autoLayout = false)
@PageTitle("Werkplek koppelen — Stapwijs")
@AnonymousAllowed
public class PairView extends Div implements BeforeEnterObserver {

    private final Paragraph message = new Paragraph();
    private final Element code = new Element("input");

    public PairView() {
        Locale dutch = Locale.forLanguageTag("nl");
        addClassNames("station", "station-pair");
        Div box = new Div();
        box.addClassName("station-main");
        H1 title = new H1(getTranslation(dutch, "station.pair.title"));
        title.addClassName("station-title");
        message.addClassName("station-hint");
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "pairing");
        form.getClassList().add("pair-form");
        code.setAttribute("name", "code");
        code.setAttribute("autocomplete", "off");
        code.setAttribute("autocapitalize", "characters");
        code.setAttribute("maxlength", "16");
        code.setAttribute("aria-label", getTranslation(dutch, "station.pair.code"));
        code.getClassList().add("pair-code");
        NativeButton submit = new NativeButton(getTranslation(dutch, "station.pair.submit"));
        submit.getElement().setAttribute("type", "submit");
        form.appendChild(code, submit.getElement());
        box.add(title, message);
        box.getElement().appendChild(form);
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locale dutch = Locale.forLanguageTag("nl");
        var parameters = event.getLocation().getQueryParameters().getParameters();
        code.setAttribute("value", parameters.getOrDefault("code", List.of("")).get(0));
        message.setText(getTranslation(dutch, parameters.containsKey("wrong") ? "station.pair.wrong" : "station.pair.hint"));
    }
}
