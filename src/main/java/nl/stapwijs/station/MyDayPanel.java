package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;

/** "My day" after signing out: what the worker made, in words and pictures, and the way to their progress. */
final class MyDayPanel extends Div {

    MyDayPanel(List<DayLine> lines, Locale locale, Runnable onProgress, Runnable onFinish) {
        addClassName("station-myday");
        H1 title = new H1(getTranslation(locale, lines.isEmpty() ? "station.myday.none" : "station.myday.title"));
        title.addClassName("station-title");
        add(title);
        Div list = new Div();
        list.addClassName("myday-lines");
        for (DayLine line : lines) {
            Div row = new Div();
            row.addClassName("myday-line");
            row.add(Pictures.image(line.task().task().pictogram(), "", "myday-picture"));
            Span text = new Span(getTranslation(locale, "station.myday.line", line.units(), line.task().units(line.units())));
            text.addClassName("myday-text");
            Span tick = new Span("✓");
            tick.addClassName("confirmation-tick");
            row.add(text, tick);
            list.add(row);
        }
        add(list);
        Div actions = new Div();
        actions.addClassName("station-actions");
        StationButton finish = new StationButton(getTranslation(locale, "station.myday.finish"), "openmoji:1F44B", "primary",
                onFinish);
        finish.addClassName("myday-finish");
        actions.add(finish);
        actions.add(new StationButton(getTranslation(locale, "station.progress.open"), "openmoji:1F4C8", "myday-progress",
                onProgress));
        add(actions);
    }
}
