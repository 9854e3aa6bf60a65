package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.stapwijs.base.chart.Charts;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.wagevalue.EvidenceDocuments;
import nl.stapwijs.wagevalue.EvidencePackService;
import nl.stapwijs.wagevalue.FigureText;
import nl.stapwijs.wagevalue.Measurement;
import nl.stapwijs.wagevalue.Period;
import nl.stapwijs.wagevalue.WageValueService;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;

/**
 * One worker's measured wage value for a period: the figures with the hours behind each, a
 * weekly trend, the tasks with tempo, quality and net time, the subsidy estimate, the events
 * behind every figure, and the evidence pack. Each look at the figures is audited.
 */
@StyleSheet("styles/wagevalue.css")
@Route("wagevalue/worker")
@PageTitle("Loonwaarde van een medewerker — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.COACH_NAME, Role.ASSESSOR_NAME})
public class WorkerWageValueView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d-M");

    private final WageValueService wageValue;
    private final EvidencePackService packs;
    private final EvidenceDocuments documents;
    private final Charts charts;
    private final InstructionService instructions;
    private final Viewer viewer;
    private final Clock clock;
    private final Map<Long, String> taskNames = new ConcurrentHashMap<>();
    final Div content = new Div();
    private final RouterLink back = new RouterLink(getTranslation("wagevalue.backToTable"), WageValueView.class);
    TaskTable tasks;
    JournalDrillDown drillDown;
    Worker worker;

    public WorkerWageValueView(WageValueService wageValue, EvidencePackService packs, EvidenceDocuments documents,
            Charts charts, InstructionService instructions, CurrentViewer current, Clock clock) {
        this.wageValue = wageValue;
        this.packs = packs;
        this.documents = documents;
        this.charts = charts;
        this.instructions = instructions;
        this.viewer = current.require();
        this.clock = clock;
        addClassNames("admin-page", "wagevalue-page");
        add(back, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        LocalDate today = LocalDate.now(clock.withZone(wageValue.zone()));
        try {
            long id = Long.parseLong(first(query, "worker").orElse("-1"));
            LocalDate from = first(query, "from").map(LocalDate::parse).orElse(today.withDayOfMonth(1));
            LocalDate to = first(query, "to").map(LocalDate::parse).orElse(today);
            Period period = new Period(from, to.plusDays(1));
            worker = wageValue.visible(viewer, id, period).orElse(null);
            show(period);
        } catch (RuntimeException unreadable) {
            worker = null;
            content.removeAll();
            content.add(new Paragraph(getTranslation("wagevalue.notFound")));
        }
    }

    private void show(Period period) {
        content.removeAll();
        back.setQueryParameters(QueryParameters.simple(Map.of("from", period.from().toString(),
                "to", period.lastDay().toString())));
        Optional<Measurement> measured = worker == null ? Optional.empty()
                : wageValue.measurement(viewer, worker.id(), period);
        if (measured.isEmpty()) {
            content.add(new Paragraph(getTranslation("wagevalue.notFound")));
            return;
        }
        Measurement m = measured.get();
        Paragraph label = new Paragraph(getTranslation("wagevalue.label"));
        label.addClassName("wagevalue-label");
        PeriodPicker picker = new PeriodPicker(period, chosen -> getUI().ifPresent(ui -> ui.navigate(
                WorkerWageValueView.class, QueryParameters.simple(Map.of("worker", String.valueOf(worker.id()),
                        "from", chosen.from().toString(), "to", chosen.lastDay().toString())))));
        drillDown = new JournalDrillDown(wageValue.zone(), this::taskName);
        drillDown.load(wageValue.events(viewer, worker.id(), period));
        tasks = new TaskTable(this::taskName, row -> drillDown.show(taskName(row.task().taskId()), Set.of(),
                row.task().taskId()));
        tasks.show(m);
        content.add(new H2(worker.firstName() + " " + worker.lastName()), label, picker, figures(m),
                new H3(getTranslation("wagevalue.trend")), trend(period), new H3(getTranslation("wagevalue.tasks")),
                new Paragraph(getTranslation("wagevalue.tasks.intro")), tasks);
        wageValue.subsidyEstimate(worker, period, m).ifPresent(e -> content.add(new SubsidyPanel(e)));
        content.add(new EvidencePanel(packs, documents, viewer, worker, period), drillDown);
    }

    private Div figures(Measurement m) {
        Div cards = new Div();
        cards.addClassName("figure-cards");
        String attributable = FigureText.hours(m.total().attributable());
        cards.add(new FigureCard(getTranslation("wagevalue.wageValue"), FigureText.percent(m.wageValuePercent()),
                getTranslation("wagevalue.basis.wageValue", m.mainTasks().size(), m.workingDays()),
                () -> drillDown.show(getTranslation("wagevalue.wageValue"), Set.of(), null)));
        cards.add(new FigureCard(getTranslation("wagevalue.productivity"), FigureText.percent(m.productivity(), 1),
                getTranslation("wagevalue.basis.productivity", m.good(), attributable),
                () -> drillDown.show(getTranslation("wagevalue.productivity"), Set.of(EventKind.UNIT), null)));
        cards.add(new FigureCard(getTranslation("wagevalue.quality"), FigureText.percent(WageValueView.quality(m), 1),
                getTranslation("wagevalue.basis.quality", m.good(), m.rejects()),
                () -> drillDown.show(getTranslation("wagevalue.quality"), Set.of(EventKind.UNIT, EventKind.REJECT), null)));
        cards.add(new FigureCard(getTranslation("wagevalue.help"),
                FigureText.number(m.guidance().helpMinutesPerHour(), 1) + " " + getTranslation("wagevalue.minPerHour"),
                getTranslation("wagevalue.basis.help", m.guidance().helpCalls(), FigureText.hours(m.total().help())),
                () -> drillDown.show(getTranslation("wagevalue.help"),
                        Set.of(EventKind.HELP_REQUESTED, EventKind.HELP_GIVEN), null)));
        cards.add(new FigureCard(getTranslation("wagevalue.instruction"),
                FigureText.number(m.guidance().instructionMinutesPerHour(), 1) + " " + getTranslation("wagevalue.minPerHour"),
                getTranslation("wagevalue.basis.instruction", FigureText.hours(m.total().instruction())),
                () -> drillDown.show(getTranslation("wagevalue.instruction"),
                        Set.of(EventKind.STEP_SHOWN, EventKind.STEP_DONE), null)));
        cards.add(new FigureCard(getTranslation("wagevalue.breaks"), FigureText.hours(m.total().extraBreaks()),
                getTranslation("wagevalue.basis.breaks", FigureText.hours(m.total().rosteredBreaks())),
                () -> drillDown.show(getTranslation("wagevalue.breaks"),
                        Set.of(EventKind.BREAK_STARTED, EventKind.BREAK_ENDED), null)));
        cards.add(new FigureCard(getTranslation("wagevalue.downtime"), FigureText.hours(m.total().downtime()),
                getTranslation("wagevalue.basis.downtime", FigureText.hours(m.total().signedIn())),
                () -> drillDown.show(getTranslation("wagevalue.downtime"),
                        Set.of(EventKind.DOWNTIME_STARTED, EventKind.DOWNTIME_ENDED), null)));
        if (!m.flags().isEmpty()) {
            Paragraph flags = new Paragraph("⚠ " + String.join("; ", m.flags().stream().sorted()
                    .map(f -> getTranslation("wagevalue.flag." + f.name())).toList()));
            flags.addClassName("wagevalue-flags");
            cards.add(flags);
        }
        return cards;
    }

    private Image trend(Period period) {
        List<String> weeks = new ArrayList<>();
        List<BigDecimal> productivity = new ArrayList<>();
        List<BigDecimal> wage = new ArrayList<>();
        for (Measurement w : wageValue.trend(viewer, worker.id(), period)) {
            weeks.add(WEEK.format(w.from().atZone(wageValue.zone())));
            productivity.add(w.productivity() == null ? null : w.productivity().movePointRight(2));
            wage.add(w.wageValuePercent() == null ? null : BigDecimal.valueOf(w.wageValuePercent()));
        }
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(getTranslation("wagevalue.productivity") + " %", productivity);
        series.put(getTranslation("wagevalue.wageValue") + " %", wage);
        Image chart = new Image(charts.lines("%", weeks, series, 720, 260), getTranslation("wagevalue.trend.alt"));
        chart.addClassName("wagevalue-chart");
        return chart;
    }

    private String taskName(long taskId) {
        return taskNames.computeIfAbsent(taskId, id -> instructions.task(id, "nl").map(LocalizedTask::name)
                .orElse(getTranslation("wagevalue.task") + " " + id));
    }

    private static Optional<String> first(Map<String, List<String>> query, String key) {
        return Optional.ofNullable(query.get(key)).flatMap(values -> values.stream().findFirst());
    }
}
