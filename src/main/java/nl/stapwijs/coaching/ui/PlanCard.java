package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.stapwijs.coaching.DevelopmentRecord;
import nl.stapwijs.coaching.LadderSnapshot;
import nl.stapwijs.coaching.Placement;
import nl.stapwijs.coaching.PlacementKind;
import nl.stapwijs.coaching.Review;
import nl.stapwijs.coaching.Rung;

/** Reviews on the company's cycle, Participatieladder snapshots and placements: the coach's part of the plan. */
final class PlanCard extends Div {

    interface Actions {
        void review(LocalDate heldOn, String summary, String agreements);

        void ladder(Rung rung, LocalDate measuredOn, String note);

        void placement(PlacementKind kind, String employer, LocalDate startedOn);

        void endPlacement(Placement placement, LocalDate endedOn);
    }

    PlanCard(DevelopmentRecord record, LocalDate today, Actions actions) {
        addClassNames("coaching-card", "coaching-plan");
        add(new H3(getTranslation("coaching.reviews.title")),
                new Paragraph(getTranslation("coaching.reviews.next", CoachingTexts.day(record.nextReview()))));
        for (Review review : record.reviews()) {
            add(new Paragraph(CoachingTexts.day(review.heldOn()) + " · " + review.heldBy() + ": " + review.summary()
                    + (review.agreements().isBlank() ? "" : " — " + getTranslation("coaching.reviews.agreements") + ": "
                    + review.agreements())));
        }
        if (record.mayChange()) {
            DatePicker held = new DatePicker(getTranslation("coaching.reviews.date"), today);
            TextArea summary = new TextArea(getTranslation("coaching.reviews.summary"));
            summary.setHelperText(getTranslation("coaching.log.noHealth"));
            TextArea agreements = new TextArea(getTranslation("coaching.reviews.agreements"));
            Button add = new Button(getTranslation("coaching.reviews.add"),
                    click -> actions.review(held.getValue(), summary.getValue(), agreements.getValue()));
            add(form(held, summary, agreements, add));
        }

        add(new H3(getTranslation("coaching.ladder.title")), new Paragraph(getTranslation("coaching.ladder.hint")));
        for (LadderSnapshot snapshot : record.ladder()) {
            add(new Paragraph(CoachingTexts.day(snapshot.measuredOn()) + " · " + snapshot.rung().number() + " "
                    + getTranslation("coaching.rung." + snapshot.rung().number())
                    + (snapshot.note() == null ? "" : " — " + snapshot.note())));
        }
        if (record.mayChange()) {
            Select<Rung> rung = new Select<>();
            rung.setLabel(getTranslation("coaching.ladder.rung"));
            rung.setItems(Rung.values());
            rung.setItemLabelGenerator(r -> r.number() + " " + getTranslation("coaching.rung." + r.number()));
            rung.setValue(record.ladder().isEmpty() ? Rung.PAID_WORK_WITH_SUPPORT : record.ladder().get(0).rung());
            DatePicker measured = new DatePicker(getTranslation("coaching.ladder.date"), today);
            TextField note = new TextField(getTranslation("coaching.ladder.note"));
            add(form(rung, measured, note, new Button(getTranslation("coaching.ladder.add"),
                    click -> actions.ladder(rung.getValue(), measured.getValue(), note.getValue()))));
        }

        add(new H3(getTranslation("coaching.placements.title")));
        for (Placement placement : record.placements()) {
            Div row = new Div(new Span(getTranslation("coaching.placement." + placement.kind().name()) + " · "
                    + placement.employer() + " · " + CoachingTexts.day(placement.startedOn()) + " – "
                    + CoachingTexts.day(placement.endedOn())));
            row.addClassName("coaching-goal");
            if (record.mayChange() && placement.endedOn() == null) {
                row.add(new Button(getTranslation("coaching.placements.end"), click -> actions.endPlacement(placement, today)));
            }
            add(row);
        }
        if (record.mayChange()) {
            Select<PlacementKind> kind = new Select<>();
            kind.setLabel(getTranslation("coaching.placements.kind"));
            kind.setItems(PlacementKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("coaching.placement." + k.name()));
            kind.setValue(PlacementKind.DETACHERING);
            TextField employer = new TextField(getTranslation("coaching.placements.employer"));
            DatePicker started = new DatePicker(getTranslation("coaching.placements.started"), today);
            add(form(kind, employer, started, new Button(getTranslation("coaching.placements.add"),
                    click -> actions.placement(kind.getValue(), employer.getValue(), started.getValue()))));
        }
    }

    private static Div form(com.vaadin.flow.component.Component... fields) {
        Div form = new Div(fields);
        form.addClassName("coaching-form");
        return form;
    }
}
