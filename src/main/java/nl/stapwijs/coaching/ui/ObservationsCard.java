package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import nl.stapwijs.coaching.Observation;
import nl.stapwijs.coaching.ObservationStatus;
import nl.stapwijs.production.ProductionEvent;

/**
 * Suggestions from production for the coach: each with its evidence, to accept or dismiss.
 * Nothing is applied by accepting; the coach changes a level or a goal themselves.
 */
final class ObservationsCard extends Div {

    private static final java.time.format.DateTimeFormatter MOMENT = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    interface Actions {
        void accept(Observation observation);

        void dismiss(Observation observation);

        void checkNow();

        Optional<ProductionEvent> event(UUID id);

        java.time.ZoneId zone();
    }

    ObservationsCard(List<Observation> observations, LongFunction<String> taskName,
            LongFunction<Optional<Integer>> versionNumber, Actions actions) {
        addClassNames("coaching-card", "coaching-observations");
        Button check = new Button(getTranslation("coaching.observations.check"), click -> actions.checkNow());
        check.addClassName("coaching-check");
        add(new H3(getTranslation("coaching.observations.title")),
                new Paragraph(getTranslation("coaching.observations.hint")), check);
        List<Observation> open = observations.stream().filter(o -> o.status() == ObservationStatus.OPEN).toList();
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.observations.none")));
        }
        for (Observation o : observations.stream().limit(12).toList()) {
            Div row = new Div();
            row.addClassNames("coaching-observation", o.status().name().toLowerCase(java.util.Locale.ROOT));
            row.getElement().setAttribute("data-rule", o.rule().name());
            Span text = new Span(CoachingTexts.sentence(this, o, taskName, versionNumber));
            text.addClassName("coaching-observation-text");
            Span week = new Span(getTranslation("coaching.observations.week", CoachingTexts.day(o.week())));
            week.addClassName("coaching-muted");
            row.add(text, week);
            Button evidence = new Button(getTranslation("coaching.observations.evidence"), click -> evidence(o, actions));
            evidence.addThemeVariants(ButtonVariant.TERTIARY);
            row.add(evidence);
            if (o.status() == ObservationStatus.OPEN) {
                Button accept = new Button(getTranslation("coaching.observations.accept"), click -> actions.accept(o));
                accept.addClassName("coaching-accept");
                accept.addThemeVariants(ButtonVariant.PRIMARY);
                Button dismiss = new Button(getTranslation("coaching.observations.dismiss"), click -> actions.dismiss(o));
                dismiss.addClassName("coaching-dismiss");
                row.add(accept, dismiss);
            } else {
                row.add(new Span(getTranslation("coaching.observations." + o.status().name().toLowerCase(java.util.Locale.ROOT),
                        o.decidedBy())));
            }
            add(row);
        }
    }

    /** The evidence: the figures the sentence rests on, and the journal events it names. */
    private void evidence(Observation o, Actions actions) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("coaching.observations.evidence"));
        Div body = new Div();
        body.addClassName("coaching-evidence");
        o.figures().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> body.add(new Paragraph(getTranslation("coaching.figure." + e.getKey()) + ": " + e.getValue())));
        for (String id : o.evidence()) {
            actions.event(UUID.fromString(id)).ifPresent(e -> body.add(new Paragraph(
                    MOMENT.format(e.occurredAt().atZone(actions.zone())) + " · " + e.station() + " · "
                            + getTranslation("coaching.event." + e.kind().name())
                            + (e.step() == null ? "" : " · " + getTranslation("coaching.figure.step") + " " + e.step()))));
        }
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("coaching.close"), click -> dialog.close()));
        dialog.open();
    }
}
