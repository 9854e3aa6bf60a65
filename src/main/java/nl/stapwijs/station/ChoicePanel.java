package nl.stapwijs.station;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;

/**
 * A short menu of large picture tiles, e.g. why a piece is set aside or why work stops. Never
 * more than five choices, "back" included, so nobody has to scroll or search.
 */
final class ChoicePanel extends Div {

    static final int MAX_CHOICES = 5;

    /** One tile: its label, its pictogram, a class that names it, and what it does. */
    record Choice(String label, String pictogram, String name, Runnable action) {
    }

    ChoicePanel(String title, List<Choice> choices, Locale locale, Runnable onBack) {
        if (choices.size() + 1 > MAX_CHOICES) {
            throw new IllegalArgumentException("A menu offers at most " + MAX_CHOICES + " choices, back included");
        }
        addClassName("station-choose");
        H1 heading = new H1(title);
        heading.addClassName("station-title");
        add(heading);
        Div tiles = new Div();
        tiles.addClassName("station-tiles");
        for (Choice choice : choices) {
            tiles.add(tile(choice));
        }
        tiles.add(tile(new Choice(getTranslation(locale, "station.menu.back"), "openmoji:2B05", "choice-back", onBack)));
        add(tiles);
    }

    private static Button tile(Choice choice) {
        Button tile = new Button();
        tile.addClassNames("station-tile", "choice-tile", choice.name());
        tile.getElement().appendChild(Pictures.image(choice.pictogram(), "", "tile-picture").getElement());
        Span label = new Span(choice.label());
        label.addClassName("tile-label");
        tile.getElement().appendChild(label.getElement());
        tile.addClickListener(click -> choice.action().run());
        return tile;
    }
}
