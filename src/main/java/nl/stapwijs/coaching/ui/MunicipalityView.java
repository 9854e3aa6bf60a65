package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.coaching.GroupFigures;
import nl.stapwijs.coaching.MunicipalityReport;
import nl.stapwijs.coaching.MunicipalityService;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Viewer;

/**
 * Aggregate figures for the municipality at {@code /municipality}: per site and scheme, people
 * working, hours, moves up the Participatieladder and placements. Groups of fewer than five
 * people, and totals that would reveal them, show as "fewer than 5".
 */
@Route("municipality")
@PageTitle("Gemeente — Stapwijs")
@RolesAllowed({Role.MUNICIPALITY_NAME, Role.ADMIN_NAME})
public class MunicipalityView extends Div {

    private final MunicipalityService municipality;
    private final Viewer viewer;
    private final Div table = new Div();

    public MunicipalityView(MunicipalityService municipality, CurrentViewer current, Clock clock,
            StapwijsProperties properties) {
        this.municipality = municipality;
        this.viewer = current.require();
        addClassNames("admin-page", "municipality");
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        DatePicker from = new DatePicker(getTranslation("municipality.from"), today.minusMonths(3));
        DatePicker to = new DatePicker(getTranslation("municipality.to"), today);
        Button show = new Button(getTranslation("municipality.show"), click -> show(from.getValue(), to.getValue()));
        Div period = new Div(from, to, show);
        period.addClassName("coaching-form");
        add(new H2(getTranslation("municipality.title")),
                new Paragraph(getTranslation("municipality.hint", MunicipalityReport.MINIMUM_GROUP)), period, table);
        show(from.getValue(), to.getValue());
    }

    private void show(LocalDate from, LocalDate to) {
        table.removeAll();
        if (from == null || to == null || to.isBefore(from)) {
            table.add(new Paragraph(getTranslation("coaching.invalid")));
            return;
        }
        MunicipalityReport report = municipality.report(viewer, from, to);
        Div grid = new Div();
        grid.addClassName("municipality-table");
        grid.getStyle().set("grid-template-columns", "repeat(" + (report.schemes().size() + 2) + ", minmax(9rem, 1fr))");
        grid.add(head(""));
        report.schemes().forEach(s -> grid.add(head(getTranslation("municipality.scheme." + s.name()))));
        grid.add(head(getTranslation("municipality.total")));
        for (Site site : report.sites()) {
            grid.add(head(site.name()));
            for (Scheme scheme : report.schemes()) {
                grid.add(cell(report.cells().get(site.id()).get(scheme)));
            }
            grid.add(cell(report.siteTotals().get(site.id())));
        }
        grid.add(head(getTranslation("municipality.total")));
        report.schemes().forEach(s -> grid.add(cell(report.schemeTotals().get(s))));
        grid.add(cell(report.total()));
        table.add(grid);
    }

    private Span head(String text) {
        Span head = new Span(text);
        head.addClassName("municipality-head");
        return head;
    }

    private Div cell(Optional<GroupFigures> figures) {
        Div cell = new Div();
        cell.addClassName("municipality-cell");
        if (figures.isEmpty()) {
            cell.addClassName("suppressed");
            cell.add(new Span(getTranslation("municipality.suppressed", MunicipalityReport.MINIMUM_GROUP)));
            return cell;
        }
        GroupFigures f = figures.get();
        cell.getElement().setAttribute("data-people", String.valueOf(f.people()));
        if (f.people() == 0) {
            cell.addClassName("empty");
            cell.add(new Span(getTranslation("municipality.nobody")));
            return cell;
        }
        cell.add(new Span(getTranslation("municipality.people", f.people())),
                new Span(getTranslation("municipality.hours", Math.round(f.hours().toMinutes() / 60.0))),
                new Span(getTranslation("municipality.ladderUp", f.ladderUp())),
                new Span(getTranslation("municipality.placements", f.placements())));
        return cell;
    }
}
