package nl.stapwijs.production.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.stapwijs.production.FloorCard;
import nl.stapwijs.production.NormPace;

/**
 * The pace of the last hour against the norm, as a plain bar: for the supervisor on the floor,
 * never on a worker's screen. The bar is full at the norm; faster shows as a full bar.
 */
final class PaceBar extends Div {

    private final Div fill = new Div();
    private final Span text = new Span();
    private String width;
    private long shownPace = -1;
    private long shownNorm = -1;

    PaceBar() {
        addClassName("floor-pace");
        Div track = new Div(fill);
        track.addClassName("floor-pace-track");
        fill.addClassName("floor-pace-fill");
        text.addClassName("floor-pace-text");
        add(track, text);
        setVisible(false);
    }

    /** Units per hour since the task started, over at most the last hour; null before a minute of work. */
    static Double perHour(FloorCard card, Instant now) {
        if (card.taskId() == null || card.taskSince() == null) {
            return null;
        }
        long minutes = Math.min(60, Duration.between(card.taskSince(), now).toMinutes());
        return minutes < 1 ? null : card.unitsLastHour() * 60.0 / minutes;
    }

    void show(FloorCard card, NormPace norms, Instant now) {
        Double pace = perHour(card, now);
        OptionalDouble norm = pace == null || card.onBreak() || card.downtimeReason() != null
                ? OptionalDouble.empty() : norms.unitsPerHour(card.taskId(), now);
        if (norm.isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        // Every scan updates its card on every open floor page; the bar and its words change far
        // less often, so only a change is sent.
        double share = Math.min(1, pace / norm.getAsDouble());
        String width = String.format(Locale.ROOT, "%.1f%%", share * 100);
        long shownPace = Math.round(pace);
        long shownNorm = Math.round(norm.getAsDouble());
        if (!width.equals(this.width)) {
            this.width = width;
            fill.getStyle().set("width", width);
            fill.setClassName("slow", share < 0.6);
        }
        if (shownPace != this.shownPace || shownNorm != this.shownNorm) {
            this.shownPace = shownPace;
            this.shownNorm = shownNorm;
            text.setText(getTranslation("staff.floor.pace", shownPace, shownNorm));
            getElement().setAttribute("title", getTranslation("staff.floor.paceTitle"));
        }
    }
}
