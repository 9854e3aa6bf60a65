package nl.stapwijs.workforce.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/**
 * The workers this staff member may see (own teams, own caseload, everyone for an admin).
 * Opening a record is written to the audit log.
 */
@Route("workers")
@PageTitle("Medewerkers — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.COACH_NAME})
public class WorkersView extends Div {

    private final Div record = new Div();
    private final WorkforceService workforce;
    private final Viewer viewer;

    public WorkersView(WorkforceService workforce, CurrentViewer current) {
        addClassName("admin-page");
        Viewer viewer = current.require();
        this.workforce = workforce;
        this.viewer = viewer;
        Map<Long, String> teams = workforce.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        Grid<Worker> grid = new Grid<>(Worker.class, false);
        grid.addComponentColumn(w -> Pictures.image(w.avatar(), "", "floor-avatar")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Worker::shortName).setHeader(getTranslation("staff.accounts.name"));
        grid.addColumn(w -> teams.get(w.teamId())).setHeader(getTranslation("staff.accounts.team"));
        grid.setItems(workforce.visibleWorkers(viewer));
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem()
                .flatMap(w -> workforce.workerRecord(viewer, w.id()))
                .ifPresent(this::show));
        record.addClassName("worker-record");
        add(new H2(getTranslation("staff.nav.workers")), new Paragraph(getTranslation("staff.workers.audited")), grid, record);
    }

    private void show(Worker worker) {
        record.removeAll();
        record.add(new H3(worker.firstName() + " " + worker.lastName()),
                new Paragraph(getTranslation("staff.workers.badge") + ": " + worker.badge()),
                new Paragraph(getTranslation("staff.workers.language") + ": " + worker.language()),
                new Paragraph(getTranslation("staff.workers.scheme") + ": " + worker.scheme()),
                new Paragraph(getTranslation("staff.workers.hours") + ": " + worker.contractHours()),
                new ReadAloudForm(workforce, viewer, worker));
    }
}
