package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stapwijs.wagevalue.FigureText;
import nl.stapwijs.wagevalue.Measurement;
import nl.stapwijs.wagevalue.Period;
import nl.stapwijs.wagevalue.PeriodTable;
import nl.stapwijs.wagevalue.WageValueService;
import nl.stapwijs.wagevalue.WorkerFigures;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;

/**
 * The period table: each worker the staff member may see (own teams, own caseload, granted, or
 * all for an admin) with productivity, indicative wage value, quality, guidance need and the
 * hours behind them. A row opens the worker's page. Opening the table is audited per worker.
 */
@StyleSheet("styles/wagevalue.css")
@Route("wagevalue")
@PageTitle("Loonwaarde (indicatie) — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.COACH_NAME, Role.ASSESSOR_NAME})
public class WageValueView extends Div implements BeforeEnterObserver {

    private static final java.time.format.DateTimeFormatter AS_OF = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    final Grid<WorkerFigures> grid = new Grid<>();
    final Paragraph asOf = new Paragraph();
    final PeriodPicker period;
    private final WageValueService wageValue;
    private final Viewer viewer;

    public WageValueView(WageValueService wageValue, WorkforceService workforce, CurrentViewer current, Clock clock) {
        this.wageValue = wageValue;
        this.viewer = current.require();
        addClassNames("admin-page", "wagevalue-page");
        Map<Long, String> teams = workforce.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        LocalDate today = LocalDate.now(clock.withZone(wageValue.zone()));
        period = new PeriodPicker(new Period(today.withDayOfMonth(1), today.plusDays(1)), this::show);

        column(f -> f.worker().shortName(), "wagevalue.worker").setFrozen(true).setAutoWidth(true);
        column(f -> teams.getOrDefault(f.worker().teamId(), ""), "wagevalue.team");
        number(f -> FigureText.percent(f.measurement().wageValuePercent()), f -> f.measurement().wageValuePercent(), "wagevalue.wageValue");
        number(f -> FigureText.percent(f.measurement().productivity(), 1), f -> f.measurement().productivity(), "wagevalue.productivity");
        number(f -> FigureText.percent(quality(f.measurement()), 1), f -> quality(f.measurement()), "wagevalue.quality");
        number(f -> FigureText.number(f.measurement().guidance().helpCallsPerHour(), 2), f -> f.measurement().guidance().helpCallsPerHour(), "wagevalue.helpCallsPerHour");
        number(f -> FigureText.number(f.measurement().guidance().helpMinutesPerHour(), 1), f -> f.measurement().guidance().helpMinutesPerHour(), "wagevalue.helpMinutesPerHour");
        number(f -> FigureText.number(f.measurement().guidance().instructionMinutesPerHour(), 1),
                f -> f.measurement().guidance().instructionMinutesPerHour(), "wagevalue.instructionMinutesPerHour");
        number(f -> FigureText.hours(f.measurement().total().attributable()), f -> f.measurement().total().attributable(), "wagevalue.attributableHours");
        number(f -> FigureText.hours(f.measurement().total().productive()), f -> f.measurement().total().productive(), "wagevalue.productiveHours");
        number(f -> String.valueOf(f.measurement().good()), f -> f.measurement().good(), "wagevalue.units");
        number(f -> String.valueOf(f.measurement().workingDays()), f -> f.measurement().workingDays(), "wagevalue.days");
        grid.addComponentColumn(f -> warnings(f.measurement())).setHeader(getTranslation("wagevalue.warnings"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(WorkerWageValueView.class,
                QueryParameters.simple(Map.of("worker", String.valueOf(click.getItem().worker().id()),
                        "from", period.period().from().toString(), "to", period.period().lastDay().toString())))));
        grid.setAllRowsVisible(true);
        grid.addClassName("wagevalue-table");

        Paragraph label = new Paragraph(getTranslation("wagevalue.label"));
        label.addClassName("wagevalue-label");
        add(new H2(getTranslation("staff.nav.wagevalue")), label, new Paragraph(getTranslation("wagevalue.table.intro")),
                period, asOf, grid);
        asOf.addClassName("wagevalue-asof");
    }

    /** A link may name the period ({@code from}, {@code to} inclusive, as the worker page's way back does). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, java.util.List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            if (query.containsKey("from") && query.containsKey("to")) {
                period.choose(new Period(LocalDate.parse(query.get("from").get(0)),
                        LocalDate.parse(query.get("to").get(0)).plusDays(1)));
                return;
            }
        } catch (RuntimeException unreadable) {
            // A mistyped link shows the default period rather than an error.
        }
        show(period.period());
    }

    private void show(Period chosen) {
        PeriodTable table = wageValue.table(viewer, chosen);
        grid.setItems(table.rows());
        asOf.setVisible(table.todayAsOf() != null);
        if (table.todayAsOf() != null) {
            asOf.setText(getTranslation("wagevalue.table.todayAsOf",
                    AS_OF.format(table.todayAsOf().atZone(wageValue.zone()))));
        }
    }

    static java.math.BigDecimal quality(Measurement m) {
        long produced = m.good() + m.rejects();
        return produced == 0 ? null : java.math.BigDecimal.valueOf(m.good())
                .divide(java.math.BigDecimal.valueOf(produced), java.math.MathContext.DECIMAL64);
    }

    private Span warnings(Measurement m) {
        Span span = new Span(m.flags().isEmpty() ? "" : "⚠ " + m.flags().size());
        if (!m.flags().isEmpty()) {
            span.setTitle(m.flags().stream().sorted().map(f -> getTranslation("wagevalue.flag." + f.name()))
                    .collect(Collectors.joining("; ")));
            span.addClassName("wagevalue-warning");
        }
        return span;
    }

    private Grid.Column<WorkerFigures> column(Function<WorkerFigures, String> value, String header) {
        return grid.addColumn(value::apply).setHeader(getTranslation(header)).setSortable(true);
    }

    /** A right-aligned figure that sorts by its value, workers without one first. */
    private <C extends Comparable<? super C>> void number(Function<WorkerFigures, String> text,
            Function<WorkerFigures, C> value, String header) {
        column(text, header).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(java.util.Comparator.comparing(value, java.util.Comparator.nullsFirst(
                        java.util.Comparator.<C>naturalOrder())));
    }
}
