package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.stapwijs.coaching.LevelService;
import nl.stapwijs.coaching.SkillMatrix;
import nl.stapwijs.coaching.SkillRating;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Worker;

/**
 * The skills matrix per team at {@code /skills}: who can do which task, at which level, for the
 * planning of work and training. Supervisors see their own teams, coaches their caseload.
 */
@Route("skills")
@PageTitle("Vaardigheden — Stapwijs")
@RolesAllowed({Role.SUPERVISOR_NAME, Role.COACH_NAME, Role.ADMIN_NAME})
public class SkillsMatrixView extends Div {

    private final java.time.ZoneId zone;

    public SkillsMatrixView(LevelService levels, CurrentViewer current, nl.stapwijs.base.StapwijsProperties properties) {
        this.zone = properties.zone();
        addClassNames("admin-page", "coaching-matrix");
        add(new H2(getTranslation("coaching.matrix.title")), new Paragraph(getTranslation("coaching.matrix.hint")));
        for (SkillMatrix matrix : levels.matrices(current.require())) {
            add(new H3(matrix.team().name()));
            Grid<Worker> grid = new Grid<>(Worker.class, false);
            grid.addComponentColumn(w -> new RouterLink(w.shortName(), WorkerCoachingView.class,
                    new RouteParameters("worker", String.valueOf(w.id())))).setHeader(getTranslation("staff.accounts.name"))
                    .setAutoWidth(true);
            for (LocalizedTask task : matrix.tasks()) {
                grid.addComponentColumn(w -> cell(w, matrix.levels().getOrDefault(w.id(), Map.of()).get(task.id()), task))
                        .setHeader(task.name()).setKey(task.task().code()).setAutoWidth(true);
            }
            grid.setItems(matrix.workers());
            grid.setAllRowsVisible(true);
            grid.addClassName("matrix-grid");
            grid.getElement().setAttribute("data-team", String.valueOf(matrix.team().id()));
            add(grid);
        }
        add(legend());
    }

    private Span cell(Worker worker, SkillRating rating, LocalizedTask task) {
        int level = rating == null ? 0 : rating.level().number();
        Span cell = new Span(level + " " + getTranslation("coaching.skill.short." + level));
        cell.addClassNames("matrix-cell", "level-" + level);
        cell.getElement().setAttribute("data-task", task.task().code());
        cell.getElement().setAttribute("data-worker", String.valueOf(worker.id()));
        cell.getElement().setAttribute("data-level", String.valueOf(level));
        if (rating != null) {
            cell.getElement().setAttribute("title", rating.setBy() + " · " + CoachingTexts.DAY.format(
                    rating.setAt().atZone(zone).toLocalDate()));
        }
        return cell;
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("matrix-legend");
        for (int level : List.of(0, 1, 2, 3, 4)) {
            Span item = new Span(level + " = " + getTranslation("coaching.skill." + level));
            item.addClassNames("matrix-cell", "level-" + level);
            legend.add(item);
        }
        return legend;
    }
}
