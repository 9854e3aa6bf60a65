package nl.stapwijs.station;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.LocalizedTask;

/** Today's tasks at this station as large picture tiles; never more than five at once. */
final class TaskChoicePanel extends Div {

    static final int MAX_CHOICES = 5;

    TaskChoicePanel(List<LocalizedTask> tasks, Locale locale, LongConsumer onTask, Runnable onProgress) {
        addClassName("station-choose");
        H1 title = new H1(getTranslation(locale, "station.task.title"));
        title.addClassName("station-title");
        add(title);
        Div tiles = new Div();
        tiles.addClassName("station-tiles");
        for (LocalizedTask task : tasks.stream().limit(MAX_CHOICES).toList()) {
            Button tile = new Button();
            tile.addClassNames("station-tile", "task-tile");
            tile.getElement().appendChild(Pictures.image(task.task().pictogram(), "", "tile-picture").getElement());
            Span name = new Span(task.name());
            name.addClassName("tile-label");
            tile.getElement().appendChild(name.getElement());
            tile.getElement().setAttribute("data-task", task.task().code());
            tile.addClickListener(click -> onTask.accept(task.id()));
            tiles.add(tile);
        }
        add(tiles);
        // "Mijn voortgang" only while the menu stays within five choices (KIOSK-UX rule 2).
        if (tasks.size() < MAX_CHOICES) {
            Div actions = new Div();
            actions.addClassName("station-actions");
            actions.add(new StationButton(getTranslation(locale, "station.progress.open"), "openmoji:1F4C8",
                    "choose-progress", onProgress));
            add(actions);
        }
    }
}
