package nl.stapwijs.production.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Function;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.LocalizedTask;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.FloorCard;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Worker;

/**
 * One station on the live floor: who, what, for which order, how many today and in the last
 * hour, help calls and downtime (which a supervisor can also start and end here).
 */
final class StationCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Station station;
    private final Function<Long, Worker> workers;
    private final Function<Long, LocalizedTask> tasks;
    private final Runnable onHelpGiven;
    private final Function<Long, CustomerOrder> orders;
    private final FloorActions actions;
    private final ZoneId zone;
    private final Div who = new Div();
    private final Span doing = new Span();
    private final Span order = new Span();
    private final Span today = new Span();
    private final Span lastHour = new Span();
    private final Div status = new Div();
    private final PaceBar pace = new PaceBar();
    private FloorCard shown;

    /** What a supervisor can do from a card. */
    interface FloorActions {
        void helpGiven();

        void startDowntime(DowntimeReason reason);

        void endDowntime();

        /** Draws the pace against the norm for this card. */
        void showPace(PaceBar bar, FloorCard card);
    }

    StationCard(Station station, Function<Long, Worker> workers, Function<Long, LocalizedTask> tasks,
            Function<Long, CustomerOrder> orders, ZoneId zone, FloorActions actions) {
        this.station = station;
        this.workers = workers;
        this.tasks = tasks;
        this.orders = orders;
        this.zone = zone;
        this.actions = actions;
        this.onHelpGiven = actions::helpGiven;
        addClassName("floor-card");
        getElement().setAttribute("data-station", station.code());
        Span name = new Span(station.name());
        name.addClassName("floor-station");
        who.addClassName("floor-who");
        doing.addClassName("floor-task");
        order.addClassName("floor-order");
        Div counts = new Div();
        counts.addClassName("floor-counts");
        counts.add(count("staff.floor.today", today, "floor-today"), count("staff.floor.lastHour", lastHour, "floor-hour"));
        status.addClassName("floor-status");
        add(name, who, doing, order, counts, pace, status);
    }

    /**
     * Shows a station's state, changing only what changed: with hundreds of stations scanning
     * every second, rebuilding whole cards would flood every open floor page.
     */
    void show(FloorCard card) {
        FloorCard before = shown;
        shown = card;
        setClassName("help", card.needsHelp());
        setClassName("idle", card.workerId() == null);
        boolean workerChanged = before == null || !Objects.equals(before.workerId(), card.workerId());
        if (workerChanged) {
            who.removeAll();
            Worker worker = card.workerId() == null ? null : workers.apply(card.workerId());
            if (worker != null) {
                who.add(Pictures.image(worker.avatar(), "", "floor-avatar"), new Span(worker.shortName()));
            } else {
                who.add(new Span(getTranslation("staff.floor.nobody")));
            }
        }
        if (workerChanged || !Objects.equals(before.taskId(), card.taskId())) {
            LocalizedTask task = card.taskId() == null ? null : tasks.apply(card.taskId());
            doing.setText(task != null ? task.name() : card.workerId() != null ? getTranslation("staff.floor.choosing") : "");
        }
        if (before == null || !Objects.equals(before.orderId(), card.orderId())) {
            CustomerOrder current = card.orderId() == null ? null : orders.apply(card.orderId());
            order.setText(current == null ? "" : getTranslation("staff.floor.order", current.code(), current.customer()));
        }
        if (before == null || before.unitsToday() != card.unitsToday()) {
            today.setText(String.valueOf(card.unitsToday()));
        }
        if (before == null || before.unitsLastHour() != card.unitsLastHour()) {
            lastHour.setText(String.valueOf(card.unitsLastHour()));
        }
        actions.showPace(pace, card);
        if (before == null || before.onBreak() != card.onBreak()
                || !Objects.equals(before.downtimeReason(), card.downtimeReason())
                || !before.openHelp().equals(card.openHelp()) || !Objects.equals(before.taskId(), card.taskId())) {
            showStatus(card);
        }
    }

    private void showStatus(FloorCard card) {
        status.removeAll();
        if (card.onBreak()) {
            status.add(badge(getTranslation("staff.floor.break"), "break"));
        }
        if (card.downtimeReason() != null) {
            DowntimeReason reason = DowntimeReason.parse(card.downtimeReason());
            Div downtime = new Div();
            downtime.addClassName("floor-downtime");
            if (reason != null) {
                downtime.add(Pictures.image(reason.pictogram(), "", "floor-downtime-picture"));
            }
            downtime.add(badge(getTranslation("staff.floor.downtime") + ": "
                    + getTranslation("staff.downtime." + (reason == null ? "OTHER" : reason.name())), "downtime"));
            Button end = new Button(getTranslation("staff.floor.downtimeEnd"), click -> actions.endDowntime());
            end.addClassName("floor-downtime-end");
            downtime.add(end);
            status.add(downtime);
        } else if (card.taskId() != null) {
            Button start = new Button(getTranslation("staff.floor.downtimeStart"));
            start.addThemeVariants(ButtonVariant.TERTIARY);
            start.addClassName("floor-downtime-start");
            ContextMenu reasons = new ContextMenu(start);
            reasons.setOpenOnClick(true);
            for (DowntimeReason reason : DowntimeReason.values()) {
                reasons.addItem(getTranslation("staff.downtime." + reason.name()), click -> actions.startDowntime(reason))
                        .addClassName("floor-downtime-" + reason.name());
            }
            status.add(start);
        }
        if (card.needsHelp()) {
            Div help = new Div();
            help.addClassName("floor-help");
            help.add(new Span(getTranslation("staff.floor.help", TIME.format(card.openHelp().get(0).atZone(zone)))));
            Button given = new Button(getTranslation("staff.floor.helpGiven"), click -> onHelpGiven.run());
            given.addThemeVariants(ButtonVariant.PRIMARY);
            given.addClassName("floor-help-given");
            help.add(given);
            status.add(help);
        }
    }

    private Div count(String labelKey, Span number, String className) {
        Div box = new Div();
        box.addClassNames("floor-count", className);
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
