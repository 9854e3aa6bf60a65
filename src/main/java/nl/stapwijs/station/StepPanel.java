package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.Step;

/**
 * One step per screen: the picture of the real object as the main visual, one pictogram,
 * one short sentence read aloud (Replay/Stop), and Back and Done (Help is in the header's
 * corner): four targets at most.
 */
final class StepPanel extends Div {

    StepPanel(StationState state, Locale locale, ReadAloud audio, Runnable onBack, Runnable onNext) {
        addClassName("station-step");
        Step step = state.step();
        Div picture = new Div(step.video() == null ? Pictures.image(step.picture(), "", "step-picture") : video(step));
        picture.addClassName("step-picture-frame");

        Div side = new Div();
        side.addClassName("step-side");
        Paragraph sentence = new Paragraph(step.text());
        sentence.addClassName("step-text");
        if (!step.language().equals(state.language())) {
            sentence.getElement().setAttribute("lang", step.language());
            sentence.getElement().setAttribute("dir", "ltr");
        }
        side.add(sentence);
        if (audio != null) {
            side.add(audio, audio.button(locale));
        }
        Div pictograms = new Div();
        pictograms.addClassName("step-pictograms");
        if (step.pictogram() != null) {
            pictograms.add(Pictures.image(step.pictogram(), "", "step-pictogram"));
        }
        step.safety().forEach(safety -> pictograms.add(Pictures.image(safety, "", "step-pictogram", "safety")));
        side.add(pictograms);
        if (state.outcome() instanceof Outcome.Refused refused) {
            side.add(new RefusalNotice(refused, locale));
        }

        Div actions = new Div();
        actions.addClassName("station-actions");
        StationButton back = new StationButton(getTranslation(locale, "station.step.back"), "openmoji:2B05", "secondary", onBack);
        back.addClassName("step-back");
        back.setEnabled(state.position() > 1);
        boolean last = state.position() == state.instruction().size();
        StationButton next = new StationButton(getTranslation(locale, last ? "station.step.last" : "station.step.next"),
                "openmoji:2714", "primary", onNext);
        next.addClassName("step-next");
        actions.add(back, next);

        Div body = new Div(picture, side);
        body.addClassName("step-body");
        add(body, actions);
    }

    /** A short silent loop with the photo as its poster: no controls, so no extra targets on the screen. */
    private static com.vaadin.flow.dom.Element videoElement(Step step) {
        com.vaadin.flow.dom.Element video = new com.vaadin.flow.dom.Element("video");
        video.setAttribute("src", Pictures.url(step.video()));
        video.setAttribute("poster", Pictures.url(step.picture()));
        video.setAttribute("muted", true);
        video.setAttribute("loop", true);
        video.setAttribute("autoplay", true);
        video.setAttribute("playsinline", true);
        video.setAttribute("aria-hidden", "true");
        video.setAttribute("class", "step-video");
        return video;
    }

    private static Div video(Step step) {
        Div frame = new Div();
        frame.getElement().appendChild(videoElement(step));
        return frame;
    }
}
