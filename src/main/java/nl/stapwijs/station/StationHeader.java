package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;

/**
 * The top bar: who is working on what, the step progress, and Help in the same corner on
 * every screen.
 */
final class StationHeader extends Div {

    private final Runnable onHelp;
    private final Span syncNote = new Span();

    StationHeader(Runnable onHelp) {
        this.onHelp = onHelp;
        addClassName("station-header");
        syncNote.addClassName("sync-note");
    }

    /**
     * A small grey note for staff when this Pi has not reached its hub for a while. It is not
     * an error for the worker: their work is safe in the station's own journal.
     */
    void showSyncNote(String note) {
        syncNote.setText(note == null ? "" : note);
        syncNote.setVisible(note != null);
    }

    void show(StationState state, Locale locale) {
        removeAll();
        Div who = new Div();
        who.addClassName("station-who");
        if (state.worker() != null) {
            who.add(Pictures.image(state.worker().avatar(), "", "station-avatar"));
            Div names = new Div();
            names.addClassName("station-names");
            Span name = new Span(state.worker().firstName());
            name.addClassName("station-name");
            names.add(name);
            if (state.task() != null) {
                // The order, as on its sheet, so anyone walking by can check the station works on the right one.
                Span task = new Span(state.order() == null ? state.task().name()
                        : state.task().name() + " · " + getTranslation(locale, "station.order", state.order().code()));
                task.addClassName("station-task");
                names.add(task);
            }
            who.add(names);
        } else {
            Span place = new Span(state.station().name());
            place.addClassName("station-task");
            who.add(place);
        }
        add(who);
        if (state.mode() == Mode.STEPS && state.instruction() != null) {
            add(progress(state, locale));
        }
        if (state.mode() == Mode.SIGN_IN) {
            // Licences and attributions, before anyone signs in; never a target during work.
            com.vaadin.flow.component.html.Anchor about = new com.vaadin.flow.component.html.Anchor(
                    "station/" + state.station().code() + "/about", getTranslation(locale, "station.about"));
            about.addClassName("station-about-link");
            add(about);
        }
        add(syncNote, helpButton(state, locale));
    }

    private Div progress(StationState state, Locale locale) {
        Div progress = new Div();
        progress.addClassName("station-progress");
        Span label = new Span(getTranslation(locale, "station.step.progress", state.position(), state.instruction().size()));
        label.addClassName("station-progress-label");
        progress.add(label);
        Div dots = new Div();
        dots.addClassName("station-dots");
        dots.getElement().setAttribute("aria-hidden", "true");
        for (int i = 1; i <= state.instruction().size(); i++) {
            Span dot = new Span();
            dot.addClassNames("station-dot", i < state.position() ? "done" : i == state.position() ? "current" : "todo");
            dots.add(dot);
        }
        progress.add(dots);
        return progress;
    }

    private StationButton helpButton(StationState state, Locale locale) {
        String label = getTranslation(locale, state.helpWaiting() ? "station.help.waiting" : "station.help");
        StationButton help = new StationButton(label, "openmoji:1F64B", "help", onHelp);
        help.addClassName("station-help");
        if (state.helpWaiting()) {
            help.addClassName("waiting");
        }
        return help;
    }
}
