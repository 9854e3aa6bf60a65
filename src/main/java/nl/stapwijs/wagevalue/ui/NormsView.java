package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.wagevalue.FigureText;
import nl.stapwijs.wagevalue.NormProposal;
import nl.stapwijs.wagevalue.NormProposals;
import nl.stapwijs.wagevalue.NormService;
import nl.stapwijs.wagevalue.NormVersion;
import nl.stapwijs.wagevalue.Period;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;

/**
 * The norm editor: every version of a task's norm, and a form for the next one, which can be
 * filled from the history of regular workers with the sample shown. A version is never edited.
 */
@StyleSheet("styles/wagevalue.css")
@Route("norms")
@PageTitle("Normen — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class NormsView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    final ComboBox<Task> task = new ComboBox<>();
    final Grid<NormVersion> versions = new Grid<>();
    final NormForm form;
    final MultiSelectComboBox<Worker> sample = new MultiSelectComboBox<>();
    final Grid<NormProposal.Sample> sampleGrid = new Grid<>();
    final PeriodPicker samplePeriod;
    private final NormService norms;
    private final Viewer viewer;
    private final ZoneId zone;

    public NormsView(NormService norms, NormProposals proposals, InstructionService instructions, CurrentViewer current,
            Clock clock, StapwijsProperties properties) {
        this.norms = norms;
        this.viewer = current.require();
        this.zone = properties.zone();
        addClassNames("admin-page", "norms-page");
        task.setLabel(getTranslation("wagevalue.task"));
        task.setItems(instructions.tasks());
        task.setItemLabelGenerator(t -> instructions.task(t.id(), "nl").map(LocalizedTask::name).orElse(t.code()));
        task.setWidth("22em");
        task.addValueChangeListener(change -> refresh());

        versions.addColumn(v -> "v" + v.norm().version()).setHeader(getTranslation("wagevalue.normVersion")).setAutoWidth(true);
        versions.addColumn(v -> FigureText.number(v.norm().secondsPerUnit(), 1) + " s").setHeader(getTranslation("norms.seconds"))
                .setAutoWidth(true);
        versions.addColumn(v -> v.norm().unit()).setHeader(getTranslation("norms.unit"));
        versions.addColumn(v -> FigureText.percent(java.math.BigDecimal.ONE.subtract(v.norm().qualityNorm()), 1))
                .setHeader(getTranslation("norms.rejectPercent")).setAutoWidth(true);
        versions.addColumn(v -> FigureText.number(v.norm().instructionAllowance().multiply(java.math.BigDecimal.valueOf(60)), 1))
                .setHeader(getTranslation("norms.instructionMinutes")).setAutoWidth(true);
        versions.addColumn(v -> getTranslation("norms.method." + v.norm().method().name()))
                .setHeader(getTranslation("norms.method")).setAutoWidth(true);
        versions.addColumn(v -> v.norm().sampleSize()).setHeader(getTranslation("norms.sampleSize")).setAutoWidth(true);
        versions.addColumn(v -> v.norm().setBy() + ", " + WHEN.format(v.norm().setAt().atZone(zone)))
                .setHeader(getTranslation("norms.setBy")).setAutoWidth(true);
        versions.addColumn(v -> WHEN.format(v.norm().effectiveFrom().atZone(zone)))
                .setHeader(getTranslation("norms.effectiveFrom")).setAutoWidth(true);
        versions.addColumn(NormVersion::note).setHeader(getTranslation("norms.note"));
        versions.setAllRowsVisible(true);

        form = new NormForm(zone, fields -> {
            if (task.getValue() == null || fields.isEmpty()) {
                Notification.show(getTranslation("norms.incomplete"));
                return;
            }
            try {
                norms.addVersion(viewer, fields.get().draft(task.getValue().id(), zone));
                Notification.show(getTranslation("norms.saved"));
                refresh();
            } catch (IllegalArgumentException refused) {
                Notification.show(getTranslation("norms.refused"));
            }
        });
        form.startAt(LocalDateTime.now(clock.withZone(zone)).plusMinutes(1).withSecond(0).withNano(0));

        sample.setLabel(getTranslation("norms.sample"));
        sample.setItems(proposals.sampleCandidates(viewer));
        sample.select(proposals.regularWorkers(viewer));
        sample.setItemLabelGenerator(Worker::shortName);
        sample.setWidth("22em");
        LocalDate today = LocalDate.now(clock.withZone(zone));
        samplePeriod = new PeriodPicker(new Period(today.minusMonths(3), today), chosen -> { });
        sampleGrid.addColumn(NormProposal.Sample::name).setHeader(getTranslation("wagevalue.worker"));
        sampleGrid.addColumn(NormProposal.Sample::days).setHeader(getTranslation("wagevalue.days"));
        sampleGrid.addColumn(s -> FigureText.hours(s.productive())).setHeader(getTranslation("wagevalue.productiveHours"));
        sampleGrid.addColumn(NormProposal.Sample::produced).setHeader(getTranslation("norms.produced"));
        sampleGrid.addColumn(NormProposal.Sample::rejects).setHeader(getTranslation("norms.rejects"));
        sampleGrid.setAllRowsVisible(true);
        sampleGrid.setVisible(false);
        Button propose = new Button(getTranslation("norms.propose"), click -> {
            if (task.getValue() == null || sample.getValue().isEmpty()) {
                Notification.show(getTranslation("norms.chooseSample"));
                return;
            }
            NormProposal proposal = proposals.propose(viewer, task.getValue().id(),
                    sample.getValue().stream().map(Worker::id).collect(Collectors.toSet()), samplePeriod.period());
            sampleGrid.setItems(proposal.sample());
            sampleGrid.setVisible(true);
            if (proposal.secondsPerUnit() == null) {
                Notification.show(getTranslation("norms.nothingProduced"));
            } else {
                form.fill(proposal);
            }
        });
        HorizontalLayout proposeRow = new HorizontalLayout(sample, propose);
        proposeRow.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        add(new H2(getTranslation("staff.nav.norms")), new Paragraph(getTranslation("norms.intro")), task, versions,
                new H3(getTranslation("norms.new")), form, new H3(getTranslation("norms.fromHistory")),
                new Paragraph(getTranslation("norms.fromHistoryIntro")), samplePeriod, proposeRow, sampleGrid);
    }

    private void refresh() {
        versions.setItems(task.getValue() == null ? java.util.List.of() : norms.versions(task.getValue().id()));
    }
}
