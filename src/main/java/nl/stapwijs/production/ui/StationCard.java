package nl.stapwijs.production.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.production.FloorCard;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Worker;

/** One station on the live floor: who, what, how many today and in the last hour, and help calls. */
final class StationCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Station station;
    private final Function<Long, Worker> workers;
    private final Function<Long, LocalizedTask> tasks;
    private final Runnable onHelpGiven;
    private final ZoneId zone;

    StationCard(Station station, Function<Long, Worker> workers, Function<Long, LocalizedTask> tasks, ZoneId zone,
            Runnable onHelpGiven) {
        this.station = station;
        this.workers = workers;
        this.tasks = tasks;
        this.zone = zone;
        this.onHelpGiven = onHelpGiven;
        addClassName("floor-card");
        getElement().setAttribute("data-station", station.code());
    }

    void show(FloorCard card) {
        removeAll();
        setClassName("help", card.needsHelp());
        setClassName("idle", card.workerId() == null);
        Span name = new Span(station.name());
        name.addClassName("floor-station");
        add(name);

        Worker worker = card.workerId() == null ? null : workers.apply(card.workerId());
        LocalizedTask task = card.taskId() == null ? null : tasks.apply(card.taskId());
        Div who = new Div();
        who.addClassName("floor-who");
        if (worker != null) {
            who.add(Pictures.image(worker.avatar(), "", "floor-avatar"), new Span(worker.shortName()));
        } else {
            who.add(new Span(getTranslation("staff.floor.nobody")));
        }
        add(who);
        Span doing = new Span(task != null ? task.name() : worker != null ? getTranslation("staff.floor.choosing") : "");
        doing.addClassName("floor-task");
        add(doing);

        Div counts = new Div();
        counts.addClassName("floor-counts");
        counts.add(count("staff.floor.today", card.unitsToday(), "floor-today"),
                count("staff.floor.lastHour", card.unitsLastHour(), "floor-hour"));
        add(counts);

        if (card.onBreak()) {
            add(badge(getTranslation("staff.floor.break"), "break"));
        }
        if (card.downtimeReason() != null) {
            add(badge(getTranslation("staff.floor.downtime") + ": " + card.downtimeReason(), "downtime"));
        }
        if (card.needsHelp()) {
            Div help = new Div();
            help.addClassName("floor-help");
            help.add(new Span(getTranslation("staff.floor.help", TIME.format(card.openHelp().get(0).atZone(zone)))));
            Button given = new Button(getTranslation("staff.floor.helpGiven"), click -> onHelpGiven.run());
            given.addThemeVariants(ButtonVariant.PRIMARY);
            given.addClassName("floor-help-given");
            help.add(given);
            add(help);
        }
    }

    private Div count(String labelKey, long value, String className) {
        Div box = new Div();
        box.addClassNames("floor-count", className);
        Span number = new Span(String.valueOf(value));
        number.addClassName("floor-number");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("floor-label");
        box.add(number, label);
        return box;
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("floor-badge", className);
        return badge;
    }
}
