package nl.stapwijs.station;

import com.vaadin.flow.component.button.Button;
import nl.stapwijs.base.ui.Pictures;

/** A large touch button with a pictogram and a short label; it acts on release, like every button. */
final class StationButton extends Button {

    StationButton(String label, String pictogram, String variant, Runnable action) {
        super(label);
        addClassNames("station-button", variant);
        if (pictogram != null) {
            setPrefixComponent(Pictures.image(pictogram, "", "station-button-icon"));
        }
        addClickListener(click -> action.run());
    }
}
