package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.coaching.SupportLevel;

/**
 * Production: today's count in units the worker knows, a calm confirmation after each
 * scan, and three large actions. No percentages, no norm, no comparison with anyone.
 */
final class ProductionPanel extends Div {

    ProductionPanel(StationState state, Locale locale, Runnable onSteps, Runnable onBreak, Runnable onDone) {
        addClassName("station-production");
        Div count = new Div();
        count.addClassName("production-count");
        String picture = state.product() != null ? state.product().pictogram() : state.task().task().pictogram();
        count.add(Pictures.image(picture, "", "production-picture"));
        Div numbers = new Div();
        numbers.addClassName("production-numbers");
        Span label = new Span(getTranslation(locale, "station.production.today"));
        label.addClassName("production-label");
        Span number = new Span(String.valueOf(state.unitsToday()));
        number.addClassName("production-number");
        number.getElement().setAttribute("aria-live", "polite");
        numbers.add(label, number);
        count.add(numbers);
        add(count);

        if (state.outcome() instanceof Outcome.Confirmed confirmed && confirmed.quantity() > 0) {
            Div done = new Div();
            done.addClassNames("confirmation", confirmed.number() % 2 == 0 ? "even" : "odd");
            done.getElement().setAttribute("role", "status");
            Span tick = new Span("✓");
            tick.addClassName("confirmation-tick");
            Span text = new Span(getTranslation(locale, "station.production.counted", capitalised(state.task().units(1))));
            text.addClassName("confirmation-text");
            done.add(tick, text);
            add(done);
        } else if (state.outcome() instanceof Outcome.Refused refused) {
            add(new RefusalNotice(refused, locale));
        }

        Div actions = new Div();
        actions.addClassName("station-actions");
        // Support that fades: at level 2 the steps are one large button away, at level 3 they are gone.
        if (state.instruction() != null && state.instruction().size() > 0 && state.support() != SupportLevel.PRODUCTION_ONLY) {
            StationButton steps = new StationButton(getTranslation(locale, "station.production.steps"),
                    state.task().task().pictogram(), "production-steps", onSteps);
            if (state.support() == SupportLevel.STEPS_ON_REQUEST) {
                steps.addClassName("large");
            }
            actions.add(steps);
        }
        actions.add(new StationButton(getTranslation(locale, "station.production.pause"), "openmoji:23F8", "production-pause", onBreak));
        actions.add(new StationButton(getTranslation(locale, "station.production.done"), "openmoji:1F3E0", "production-done", onDone));
        add(actions);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase() + word.substring(1);
    }
}
