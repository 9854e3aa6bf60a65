package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * The events behind a figure: the worker's journal for the period, narrowed to the kinds (and
 * task) the figure rests on. Every number on the page can be traced to the lines shown here.
 */
class JournalDrillDown extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d-M-yyyy HH:mm:ss",
            java.util.Locale.forLanguageTag("nl-NL"));

    final Grid<ProductionEvent> grid = new Grid<>();
    final H3 title = new H3();
    private final Paragraph count = new Paragraph();
    private List<ProductionEvent> events = List.of();

    JournalDrillDown(ZoneId zone, LongFunction<String> taskName) {
        grid.addColumn(e -> WHEN.format(e.occurredAt().atZone(zone))).setHeader(getTranslation("wagevalue.event.at"))
                .setAutoWidth(true);
        grid.addColumn(ProductionEvent::station).setHeader(getTranslation("wagevalue.event.station")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("wagevalue.event." + e.kind().name()))
                .setHeader(getTranslation("wagevalue.event.kind")).setAutoWidth(true);
        grid.addColumn(e -> e.taskId() == null ? "" : taskName.apply(e.taskId()))
                .setHeader(getTranslation("wagevalue.task")).setAutoWidth(true);
        grid.addColumn(e -> e.quantity() == 0 ? "" : String.valueOf(e.quantity()))
                .setHeader(getTranslation("wagevalue.event.quantity"));
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("wagevalue.event.reason"));
        grid.addColumn(ProductionEvent::seq).setHeader("seq");
        grid.setHeight("420px");
        addClassName("wagevalue-events");
        add(title, count, grid);
        setVisible(false);
    }

    void load(List<ProductionEvent> journal) {
        this.events = journal;
    }

    /** Shows the events of these kinds (all kinds when empty), of one task when given. */
    void show(String what, Set<EventKind> kinds, Long taskId) {
        List<ProductionEvent> shown = events.stream()
                .filter(e -> kinds.isEmpty() || kinds.contains(e.kind()))
                .filter(e -> taskId == null || taskId.equals(e.taskId()))
                .toList();
        title.setText(getTranslation("wagevalue.events.title", what));
        count.setText(getTranslation("wagevalue.events.count", shown.size()));
        grid.setItems(shown);
        setVisible(true);
        scrollIntoView();
    }
}
