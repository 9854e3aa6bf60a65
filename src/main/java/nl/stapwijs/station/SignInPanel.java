package nl.stapwijs.station;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.workforce.Worker;

/** Sign in without remembering anything: scan the badge, or tap one's own photo. */
final class SignInPanel extends Div {

    SignInPanel(List<Worker> workers, Locale locale, LongConsumer onWorker) {
        addClassName("station-signin");
        H1 title = new H1(getTranslation(locale, "station.signin.title"));
        title.addClassName("station-title");
        add(title);
        Div tiles = new Div();
        tiles.addClassName("station-tiles");
        for (Worker worker : workers) {
            Button tile = new Button();
            tile.addClassNames("station-tile", "worker-tile");
            tile.getElement().appendChild(Pictures.image(worker.avatar(), "", "tile-picture").getElement());
            Span name = new Span(worker.shortName());
            name.addClassName("tile-label");
            tile.getElement().appendChild(name.getElement());
            tile.getElement().setAttribute("data-worker", String.valueOf(worker.id()));
            tile.addClickListener(click -> onWorker.accept(worker.id()));
            tiles.add(tile);
        }
        add(tiles);
    }
}
