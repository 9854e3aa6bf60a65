package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure with the evidence it rests on, and a button to the events behind it. */
class FigureCard extends Div {

    final Button events;

    FigureCard(String label, String value, String basis, Runnable showEvents) {
        Span name = new Span(label);
        name.addClassName("figure-label");
        Span figure = new Span(value);
        figure.addClassName("figure-value");
        Span rests = new Span(basis);
        rests.addClassName("figure-basis");
        events = new Button(getTranslation("wagevalue.showEvents"), click -> showEvents.run());
        events.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add(name, figure, rests, events);
        addClassName("figure-card");
    }
}
