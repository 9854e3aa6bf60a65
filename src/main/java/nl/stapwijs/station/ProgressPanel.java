package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.coaching.WorkerProgress;

/**
 * "Mijn voortgang": the worker's own progress in words and pictures: days worked this month,
 * goals reached and being worked on, tasks learned, and notes the coach shared with them.
 * Never a percentage, a norm or anyone else. It fits one screen: the newest few of each. The
 * newest note has a Replay button and is read aloud by itself if the worker wants that.
 */
final class ProgressPanel extends Div {

    /** The newest shared note read aloud, or null when there is none or no voice has spoken it yet. */
    private ReadAloud noteAudio;

    /** @param rate the worker's own speech rate */
    ProgressPanel(WorkerProgress progress, Locale locale, Function<String, Image> photo, double rate, Runnable onBack) {
        addClassName("station-progress-screen");
        H1 title = new H1(getTranslation(locale, "station.progress.title"));
        title.addClassName("station-title");
        add(title);
        Div cards = new Div();
        cards.addClassName("progress-cards");
        String month = progress.month().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        cards.add(card("openmoji:1F4C5", getTranslation(locale, "station.progress.days", month, progress.daysWorked()), List.of()));
        if (!progress.reached().isEmpty() || !progress.workingOn().isEmpty()) {
            Div goals = card("openmoji:1F3C6", getTranslation(locale, "station.progress.goals"), List.of());
            // Two lines fit: the newest goal reached, then what the worker is working on.
            progress.reached().stream().limit(1).forEach(g -> goals.add(dutch(line(g.picture(), g.text(), "✓"))));
            progress.workingOn().stream().limit(progress.reached().isEmpty() ? 2 : 1)
                    .forEach(g -> goals.add(dutch(line(g.picture(), g.text(), "→"))));
            cards.add(goals);
        }
        if (!progress.learned().isEmpty()) {
            Div learned = card("openmoji:1F4AA", getTranslation(locale, "station.progress.learned"), List.of());
            progress.learned().stream().limit(4).forEach(t -> learned.add(line(t.picture(),
                    t.name() + (t.isNew() ? " · " + getTranslation(locale, "station.progress.new") : ""), "✓")));
            cards.add(learned);
        }
        progress.notes().stream().limit(1).forEach(note -> {
            Div card = card("openmoji:1F4AC", getTranslation(locale, "station.progress.note"),
                    note.pictures().stream().limit(1).toList());
            if (note.audio() != null) {
                noteAudio = new ReadAloud(note.audio(), rate);
                card.getComponentAt(0).getElement().appendChild(noteAudio.getElement(), noteAudio.button(locale).getElement());
            }
            Span text = new Span(note.text());
            text.addClassNames("progress-note-text", "progress-dutch");
            // The coach writes in Dutch; the worker's own screen may be in another language, even right to left.
            text.getElement().setAttribute("lang", "nl").setAttribute("dir", "ltr");
            card.add(text);
            note.photos().stream().limit(1).forEach(file -> card.add(photo.apply(file)));
            cards.add(card);
        });
        add(cards);
        Div actions = new Div();
        actions.addClassName("station-actions");
        actions.add(new StationButton(getTranslation(locale, "station.progress.back"), "openmoji:2B05", "primary", onBack));
        add(actions);
    }

    ReadAloud noteAudio() {
        return noteAudio;
    }

    private static Div card(String picture, String heading, List<String> pictures) {
        Div card = new Div();
        card.addClassName("progress-card");
        Div top = new Div(Pictures.image(picture, "", "progress-card-picture"));
        top.addClassName("progress-card-top");
        H2 title = new H2(heading);
        title.addClassName("progress-card-title");
        top.add(title);
        pictures.forEach(p -> top.add(Pictures.image(p, "", "progress-tag")));
        card.add(top);
        return card;
    }

    /** A goal in the coach's Dutch words keeps its own direction on an Arabic screen. */
    private static Div dutch(Div line) {
        line.getChildren().filter(c -> c.getClassNames().contains("progress-line-text")).forEach(words -> {
            words.addClassName("progress-dutch");
            words.getElement().setAttribute("lang", "nl").setAttribute("dir", "ltr");
        });
        return line;
    }

    private static Div line(String picture, String text, String mark) {
        Div line = new Div(Pictures.image(picture, "", "progress-line-picture"));
        line.addClassName("progress-line");
        Span words = new Span(text);
        words.addClassName("progress-line-text");
        Span tick = new Span(mark);
        tick.addClassName("progress-line-mark");
        tick.getElement().setAttribute("aria-hidden", "true");
        line.add(words, tick);
        return line;
    }
}
