package nl.stapwijs.station;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;

/**
 * A step's read-aloud audio: a plain {@code <audio>} element playing a pre-rendered static file,
 * at the worker's own speech rate and the app's own volume (independent of the system volume).
 * The kiosk only plays files; nothing is rendered here.
 */
@Tag("audio")
final class ReadAloud extends Component {

    /** Speech is the one sound that must be heard over a workshop; the confirmation tones stay softer. */
    static final double VOLUME = 1.0;

    private final double rate;

    ReadAloud(String file, double rate) {
        this.rate = rate;
        getElement().setAttribute("src", Pictures.url(file));
        getElement().setAttribute("preload", "auto");
        addClassName("read-aloud");
    }

    /** Starts from the beginning; if the browser refuses to play, the Replay button pulses to be pressed. */
    void play() {
        getElement().executeJs("window.stapwijs.readAloud(this, $0, $1)", rate, VOLUME);
    }

    /** Replay when it is quiet, Stop while it speaks: one target that says what it will do. */
    StationButton button(Locale locale) {
        StationButton button = new StationButton("", "openmoji:1F50A", "secondary",
                () -> getElement().executeJs("window.stapwijs.toggleReadAloud(this, $0, $1)", rate, VOLUME));
        Span replay = new Span(button.getTranslation(locale, "station.step.replay"));
        replay.addClassName("when-quiet");
        Span stop = new Span(button.getTranslation(locale, "station.step.stop"));
        stop.addClassName("when-speaking");
        button.getElement().appendChild(replay.getElement(), stop.getElement());
        button.addClassName("step-replay");
        button.getElement().setAttribute("aria-label", replay.getText());
        return button;
    }
}
