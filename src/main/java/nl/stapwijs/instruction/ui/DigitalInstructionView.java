package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.instruction.Instruction;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Step;

/**
 * The digital version a printed card's QR code opens on a phone ({@code /i/VOUWEN?lang=ar}):
 * the published steps with photos, pictograms and read-aloud audio. Read-only and without
 * anything personal, so it needs no sign-in.
 */
@Route(value = "i/:code", autoLayout = false)
@PageTitle("Stapwijs")
@AnonymousAllowed
public class DigitalInstructionView extends Div implements BeforeEnterObserver {

    private final InstructionService instructions;

    public DigitalInstructionView(InstructionService instructions) {
        this.instructions = instructions;
        addClassName("digital-instruction");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("lang").orElse(Languages.SOURCE);
        String language = Languages.SHIPPED.stream().map(Languages.Language::code).filter(wanted::equals).findFirst()
                .orElse(Languages.SOURCE);
        Locale locale = Locale.forLanguageTag(language);
        getUI().ifPresent(ui -> {
            ui.setLocale(locale);
            ui.setDirection(Languages.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
            ui.getElement().executeJs("document.documentElement.lang = $0", language);
        });
        var task = instructions.taskByCode(code).flatMap(t -> instructions.task(t.id(), language));
        var instruction = instructions.taskByCode(code).flatMap(t -> instructions.currentInstruction(t.id(), language));
        if (task.isEmpty() || instruction.isEmpty()) {
            add(new H1("Stapwijs"), new Paragraph(getTranslation(locale, "card.none")));
            return;
        }
        add(new H1(task.get().name()));
        show(instruction.get(), language, locale);
    }

    private void show(Instruction instruction, String language, Locale locale) {
        for (Step step : instruction.steps()) {
            Div card = new Div();
            card.addClassName("digital-step");
            Span number = new Span(getTranslation(locale, "card.step", step.position()));
            number.addClassName("digital-number");
            Paragraph text = new Paragraph(step.text());
            text.addClassName("digital-text");
            if (step.isFallback(language)) {
                text.getElement().setAttribute("lang", step.language());
                text.getElement().setAttribute("dir", "ltr");
            }
            Div pictograms = new Div();
            pictograms.addClassName("digital-pictograms");
            if (step.pictogram() != null) {
                pictograms.add(Pictures.image(step.pictogram(), "", "digital-pictogram"));
            }
            step.safety().forEach(s -> pictograms.add(Pictures.image(s, "", "digital-pictogram")));
            card.add(number, Pictures.image(step.picture(), "", "digital-picture"), pictograms, text);
            if (step.audio() != null) {
                com.vaadin.flow.dom.Element audio = new com.vaadin.flow.dom.Element("audio");
                audio.setAttribute("src", Pictures.url(step.audio()));
                audio.setAttribute("controls", true);
                audio.setAttribute("preload", "none");
                audio.setAttribute("aria-label", getTranslation(locale, "station.step.replay"));
                card.getElement().appendChild(audio);
            }
            add(card);
        }
    }
}
