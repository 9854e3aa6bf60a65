package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.coaching.CaseloadRow;
import nl.stapwijs.coaching.CaseloadService;
import nl.stapwijs.coaching.CoachingService;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;

/** A coach's caseload at {@code /coaching}: for each worker the last review, open goals, support levels and signals. */
@Route("coaching")
@PageTitle("Caseload — Stapwijs")
@RolesAllowed({Role.COACH_NAME, Role.ADMIN_NAME})
public class CaseloadView extends Div {

    public CaseloadView(CaseloadService caseload, CoachingService coaching, InstructionService instructions,
            CurrentViewer current) {
        addClassNames("admin-page", "coaching-caseload");
        Viewer viewer = current.require();
        add(new H2(getTranslation("coaching.caseload.title")), new Paragraph(getTranslation("coaching.caseload.hint")));
        Grid<CaseloadRow> grid = new Grid<>(CaseloadRow.class, false);
        grid.addComponentColumn(r -> Pictures.image(r.worker().avatar(), "", "floor-avatar")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.worker().firstName() + " " + r.worker().lastName(), WorkerCoachingView.class,
                    new RouteParameters("worker", String.valueOf(r.worker().id())));
            link.addClassName("caseload-worker");
            return link;
        }).setHeader(getTranslation("staff.accounts.name")).setAutoWidth(true);
        grid.addColumn(r -> CoachingTexts.day(r.lastReview())).setHeader(getTranslation("coaching.caseload.lastReview"))
                .setAutoWidth(true);
        grid.addColumn(r -> CoachingTexts.day(r.nextReview())).setHeader(getTranslation("coaching.caseload.nextReview"))
                .setAutoWidth(true);
        grid.addColumn(CaseloadRow::openGoals).setHeader(getTranslation("coaching.caseload.openGoals")).setAutoWidth(true);
        grid.addComponentColumn(r -> support(r, instructions)).setHeader(getTranslation("coaching.caseload.support"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::signals).setHeader(getTranslation("coaching.caseload.signals")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(caseload.caseload(viewer));
        grid.setAllRowsVisible(true);
        add(grid);
        if (viewer.is(Role.ADMIN)) {
            IntegerField months = new IntegerField(getTranslation("coaching.caseload.cycle"));
            months.setValue(coaching.reviewCycleMonths());
            months.setMin(1);
            months.setMax(24);
            Button save = new Button(getTranslation("coaching.caseload.saveCycle"), click -> {
                try {
                    coaching.setReviewCycleMonths(viewer, months.getValue() == null ? 0 : months.getValue());
                    Notification.show(getTranslation("coaching.caseload.cycleSaved"));
                } catch (IllegalArgumentException e) {
                    Notification.show(getTranslation("coaching.invalid"));
                }
            });
            Div cycle = new Div(months, save);
            cycle.addClassName("coaching-form");
            add(cycle);
        }
    }

    /** One line per task where a level was set: the task and its support level. */
    private Div support(CaseloadRow row, InstructionService instructions) {
        Div lines = new Div();
        lines.addClassName("coaching-signals");
        row.support().forEach((task, level) -> {
            Span line = new Span(instructions.task(task, "nl").map(LocalizedTask::name).orElse("?") + " · " + level.number());
            line.getElement().setAttribute("title", getTranslation("coaching.support." + level.number()));
            lines.add(line);
        });
        return lines;
    }

    private Div signals(CaseloadRow row) {
        Div signals = new Div();
        signals.addClassName("coaching-signals");
        for (CaseloadRow.Signal signal : row.signals()) {
            Span badge = new Span(getTranslation("coaching.signal." + signal.name(), row.openObservations()));
            badge.addClassNames("coaching-signal", signal.name().toLowerCase(java.util.Locale.ROOT));
            signals.add(badge);
        }
        return signals;
    }
}
