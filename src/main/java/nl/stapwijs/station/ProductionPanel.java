package nl.stapwijs.station;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.coaching.SupportLevel;

/**
 * Production: today's count in units the worker knows, a calm confirmation after each
 * scan, three large actions, and two smaller ones for when something is wrong: a piece that is
 * not good, or work that cannot go on. No percentages, no norm, no comparison with anyone.
 */
final class ProductionPanel extends Div {

    ProductionPanel(StationState state, Locale locale, StationRuntime runtime) {
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

        switch (state.outcome()) {
            case Outcome.Confirmed confirmed when confirmed.quantity() > 0 -> add(confirmation(confirmed,
                    getTranslation(locale, "station.production.counted", capitalised(state.task().units(1)))));
            case Outcome.Rejected rejected -> add(confirmation(rejected, getTranslation(locale, "station.reject.done")));
            case Outcome.OrderStarted started -> add(confirmation(started,
                    getTranslation(locale, "station.order.started", started.orderCode())));
            case Outcome.Refused refused -> add(new RefusalNotice(refused, locale));
            case null, default -> { }
        }

        Div problems = new Div();
        problems.addClassNames("station-actions", "production-problems");
        problems.add(new StationButton(getTranslation(locale, "station.production.reject"), "openmoji:1F5D1",
                "production-reject", () -> runtime.open(StationState.Menu.REJECT)));
        problems.add(new StationButton(getTranslation(locale, "station.production.downtime"), "openmoji:23F9",
                "production-downtime", () -> runtime.open(StationState.Menu.DOWNTIME)));
        add(problems);

        Div actions = new Div();
        actions.addClassName("station-actions");
        // Support that fades: at level 2 the steps are one large button away, at level 3 they are gone.
        if (state.instruction() != null && state.instruction().size() > 0 && state.support() != SupportLevel.PRODUCTION_ONLY) {
            StationButton steps = new StationButton(getTranslation(locale, "station.production.steps"),
                    state.task().task().pictogram(), "production-steps", runtime::showSteps);
            if (state.support() == SupportLevel.STEPS_ON_REQUEST) {
                steps.addClassName("large");
            }
            actions.add(steps);
        }
        actions.add(new StationButton(getTranslation(locale, "station.production.pause"), "openmoji:23F8", "production-pause",
                runtime::startBreak));
        actions.add(new StationButton(getTranslation(locale, "station.production.done"), "openmoji:1F3E0", "production-done",
                runtime::signOut));
        add(actions);
    }

    /** ✓ and a short text; the class alternates so that the same text twice still shows anew. */
    private static Div confirmation(Outcome outcome, String message) {
        Div done = new Div();
        done.addClassNames("confirmation", outcome.number() % 2 == 0 ? "even" : "odd");
        done.getElement().setAttribute("role", "status");
        Span tick = new Span("✓");
        tick.addClassName("confirmation-tick");
        Span text = new Span(message);
        text.addClassName("confirmation-text");
        done.add(tick, text);
        return done;
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase() + word.substring(1);
    }
}
