package nl.stapwijs.production.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.chart.Charts;
import nl.stapwijs.base.export.Csv;
import nl.stapwijs.base.export.Xlsx;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.production.Produced;
import nl.stapwijs.production.ProductionReport;
import nl.stapwijs.production.Words;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;

/**
 * Output of the supervisor's teams: good units and rejects per day and, for one day, per hour,
 * as charts; the figures per day, team and task to take away as CSV or XLSX. Team figures only.
 */
@Route("production")
@PageTitle("Productie — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class ProductionView extends Div {


    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final DatePicker hourDay = new DatePicker();
    final ComboBox<Team> team = new ComboBox<>();
    final Div charts = new Div();
    private final ProductionReport report;
    private final Charts drawing;
    private final Viewer viewer;

    public ProductionView(ProductionReport report, Charts drawing, CurrentViewer current, Clock clock,
            StapwijsProperties properties) {
        this.report = report;
        this.drawing = drawing;
        this.viewer = current.require();
        addClassNames("admin-page", "production-page");
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        from.setLabel(getTranslation("staff.production.from"));
        from.setValue(today.minusDays(13));
        to.setLabel(getTranslation("staff.production.to"));
        to.setValue(today);
        hourDay.setLabel(getTranslation("staff.production.hourDay"));
        hourDay.setValue(today);
        team.setLabel(getTranslation("staff.export.team"));
        team.setItems(report.teams(viewer));
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        team.setPlaceholder(getTranslation("staff.production.allTeams"));
        List.of(from, to, hourDay).forEach(p -> p.addValueChangeListener(change -> refresh()));
        team.addValueChangeListener(change -> refresh());
        Words words = this::getTranslation;
        HorizontalLayout filters = new HorizontalLayout(from, to, team,
                Downloads.link(getTranslation("staff.export.csv"), "production.csv", "text/csv",
                        () -> Csv.write(report.table(viewer, filter(), words))),
                Downloads.link(getTranslation("staff.export.xlsx"), "production.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> Xlsx.write(report.table(viewer, filter(), words))));
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filters.setWrap(true);
        charts.addClassName("production-charts");
        add(new H2(getTranslation("staff.nav.production")), new Paragraph(getTranslation("staff.production.intro")),
                filters, charts);
        refresh();
    }

    ProductionReport.Filter filter() {
        LocalDate start = from.getValue() == null ? LocalDate.now() : from.getValue();
        LocalDate end = to.getValue() == null || to.getValue().isBefore(start) ? start : to.getValue();
        LocalDate hour = hourDay.getValue() == null ? end : hourDay.getValue();
        return new ProductionReport.Filter(hour.isBefore(start) ? hour : start, hour.isAfter(end) ? hour : end,
                team.getValue() == null ? null : team.getValue().id(), null);
    }

    private void refresh() {
        charts.removeAll();
        ProductionReport.Filter filter = filter();
        List<Produced> output = report.output(viewer, filter);
        DateTimeFormatter dayLabel = DateTimeFormatter.ofPattern("EEE d-M", getLocale());
        List<String> days = new ArrayList<>();
        List<Long> good = new ArrayList<>();
        List<Long> rejects = new ArrayList<>();
        ProductionReport.perDay(output, filter).forEach((day, sums) -> {
            boolean shown = (from.getValue() == null || !day.isBefore(from.getValue()))
                    && (to.getValue() == null || !day.isAfter(to.getValue()));
            if (shown) {
                days.add(dayLabel.format(day));
                good.add(sums[0]);
                rejects.add(sums[1]);
            }
        });
        Map<String, List<? extends Number>> perDay = new LinkedHashMap<>();
        perDay.put(getTranslation("staff.export.units"), good);
        perDay.put(getTranslation("staff.export.rejects"), rejects);
        Image daily = new Image(drawing.bars(getTranslation("staff.export.units"), days, perDay, 900, 300),
                getTranslation("staff.production.perDayAlt"));
        daily.addClassName("production-chart-day");
        long[] hours = ProductionReport.perHour(output, hourDay.getValue() == null ? filter.to() : hourDay.getValue());
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int h = 6; h < 20; h++) {
            labels.add(h + ":00");
            values.add(hours[h]);
        }
        Image hourly = new Image(drawing.bars(getTranslation("staff.export.units"), labels,
                Map.of(getTranslation("staff.export.units"), values), 900, 260), getTranslation("staff.production.perHourAlt"));
        hourly.addClassName("production-chart-hour");
        charts.add(new H3(getTranslation("staff.production.perDay")), daily,
                new H3(getTranslation("staff.production.perHour")), hourDay, hourly);
    }
}
