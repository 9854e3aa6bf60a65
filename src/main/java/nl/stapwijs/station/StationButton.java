package nl.stapwijs.station;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import nl.stapwijs.base.ui.Pictures;

/** A large touch button with a pictogram and a short label; it acts on release, like every button. */
final class StationButton extends Button {

    StationButton(String label, String pictogram, String variant, Runnable action) {
        super();
        addClassNames("station-button", variant);
        if (pictogram != null) {
            setPrefixComponent(Pictures.image(pictogram, "", "station-button-icon"));
        }
        Span text = new Span(label);
        text.addClassName("station-button-label");
        getElement().appendChild(text.getElement());
        addClickListener(click -> action.run());
    }
}
