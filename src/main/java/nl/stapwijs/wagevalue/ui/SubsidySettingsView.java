package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.wagevalue.FigureText;
import nl.stapwijs.wagevalue.LksEstimate;
import nl.stapwijs.wagevalue.LksParameterRow;
import nl.stapwijs.wagevalue.LksParameters;
import nl.stapwijs.wagevalue.Municipality;
import nl.stapwijs.wagevalue.SubsidyPeriod;
import nl.stapwijs.wagevalue.SubsidyRounding;
import nl.stapwijs.wagevalue.SubsidySettings;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/**
 * The subsidy estimate's settings, for admins: how the paying municipality counts (period,
 * rounding, the flat rate in the first six months), the parameter rows in force from each date
 * (a new minimum wage is added as a new row, never by changing one), and when each subsidised
 * worker's employment began.
 */
@StyleSheet("styles/wagevalue.css")
@Route("admin/lks")
@PageTitle("Loonkostensubsidie — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class SubsidySettingsView extends Div {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    final TextField municipality = new TextField();
    final Select<SubsidyPeriod> period = new Select<>();
    final Select<SubsidyRounding> rounding = new Select<>();
    final Checkbox flatRate = new Checkbox();
    final Grid<LksParameters> parameters = new Grid<>();
    final DatePicker from = new DatePicker();
    final BigDecimalField minimumWage = new BigDecimalField();
    final BigDecimalField holidayPay = new BigDecimalField();
    final BigDecimalField allowance = new BigDecimalField();
    final BigDecimalField maximumShare = new BigDecimalField();
    final BigDecimalField flatRateShare = new BigDecimalField();
    final ComboBox<Worker> worker = new ComboBox<>();
    final DatePicker startedOn = new DatePicker();
    private final SubsidySettings settings;
    private final Viewer viewer;
    private final LocalDate today;

    public SubsidySettingsView(SubsidySettings settings, WorkforceService workforce, CurrentViewer current, Clock clock,
            StapwijsProperties properties) {
        this.settings = settings;
        this.viewer = current.require();
        this.today = LocalDate.now(clock.withZone(properties.zone()));
        addClassNames("admin-page", "subsidy-page");

        municipality.setLabel(getTranslation("subsidy.municipality"));
        period.setLabel(getTranslation("subsidy.period"));
        period.setItems(SubsidyPeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("subsidy.period." + p.name()));
        rounding.setLabel(getTranslation("subsidy.rounding"));
        rounding.setItems(SubsidyRounding.values());
        rounding.setItemLabelGenerator(r -> getTranslation("subsidy.rounding." + r.name()));
        flatRate.setLabel(getTranslation("subsidy.flatRate"));
        Button saveMunicipality = new Button(getTranslation("subsidy.save"), click -> saveMunicipality());
        saveMunicipality.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout conventions = new FormLayout(municipality, period, rounding, flatRate);

        parameters.addColumn(p -> p.effectiveFrom().toString()).setHeader(getTranslation("subsidy.from")).setAutoWidth(true);
        parameters.addColumn(p -> "€ " + FigureText.number(p.minimumWagePerHour(), 2)).setHeader(getTranslation("subsidy.wml"))
                .setAutoWidth(true);
        parameters.addColumn(p -> FigureText.percent(p.holidayPay(), 1)).setHeader(getTranslation("subsidy.holidayPay"));
        parameters.addColumn(p -> FigureText.percent(p.employerCostAllowance(), 1)).setHeader(getTranslation("subsidy.allowance"));
        parameters.addColumn(p -> FigureText.percent(p.maximumShare(), 0)).setHeader(getTranslation("subsidy.maximumShare"));
        parameters.addColumn(p -> FigureText.percent(p.flatRateShare(), 0)).setHeader(getTranslation("subsidy.flatRateShare"));
        parameters.addColumn(this::source).setHeader(getTranslation("subsidy.source")).setAutoWidth(true);
        parameters.setAllRowsVisible(true);
        from.setLabel(getTranslation("subsidy.from"));
        from.setMin(today);
        minimumWage.setLabel(getTranslation("subsidy.wml"));
        holidayPay.setLabel(getTranslation("subsidy.holidayPay") + " (%)");
        allowance.setLabel(getTranslation("subsidy.allowance") + " (%)");
        maximumShare.setLabel(getTranslation("subsidy.maximumShare") + " (%)");
        flatRateShare.setLabel(getTranslation("subsidy.flatRateShare") + " (%)");
        Button addRow = new Button(getTranslation("subsidy.addRow"), click -> addRow());
        addRow.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout newRow = new FormLayout(from, minimumWage, holidayPay, allowance, maximumShare, flatRateShare);

        worker.setLabel(getTranslation("wagevalue.worker"));
        worker.setItems(workforce.activeWorkers().stream().filter(settings::applies).toList());
        worker.setItemLabelGenerator(w -> w.firstName() + " " + w.lastName() + " (" + w.badge() + ")");
        worker.addValueChangeListener(change -> startedOn.setValue(change.getValue() == null ? null
                : settings.startedOn(change.getValue().id()).orElse(null)));
        startedOn.setLabel(getTranslation("subsidy.startedOn"));
        Button saveStart = new Button(getTranslation("subsidy.save"), click -> saveStart());
        saveStart.addThemeVariants(ButtonVariant.PRIMARY);

        add(new H2(getTranslation("staff.nav.lks")), new Paragraph(LksEstimate.LABEL),
                new Paragraph(getTranslation("subsidy.intro")), new H3(getTranslation("subsidy.conventions")), conventions,
                saveMunicipality, new H3(getTranslation("subsidy.parameters")), new Paragraph(getTranslation("subsidy.parametersIntro")),
                parameters, newRow, addRow, new H3(getTranslation("subsidy.employment")),
                new Paragraph(getTranslation("subsidy.employmentIntro")), worker, startedOn, saveStart);
        load();
    }

    private void load() {
        Municipality m = settings.municipality();
        municipality.setValue(m.name());
        period.setValue(m.period());
        rounding.setValue(m.rounding());
        flatRate.setValue(m.flatRateInFirstSixMonths());
        List<LksParameters> rows = settings.parameters().rows();
        parameters.setItems(rows);
        LksParameters latest = rows.get(rows.size() - 1);
        from.setValue(null);
        minimumWage.setValue(null);
        holidayPay.setValue(latest.holidayPay().multiply(HUNDRED).stripTrailingZeros());
        allowance.setValue(latest.employerCostAllowance().multiply(HUNDRED).stripTrailingZeros());
        maximumShare.setValue(latest.maximumShare().multiply(HUNDRED).stripTrailingZeros());
        flatRateShare.setValue(latest.flatRateShare().multiply(HUNDRED).stripTrailingZeros());
    }

    private String source(LksParameters row) {
        Map<String, LksParameterRow> stored = settings.stored().stream()
                .collect(Collectors.toMap(LksParameterRow::effectiveFrom, r -> r));
        LksParameterRow own = stored.get(row.effectiveFrom().toString());
        return own == null ? getTranslation("subsidy.bundled") : own.setBy();
    }

    private void saveMunicipality() {
        if (period.getValue() == null || rounding.getValue() == null) {
            Notification.show(getTranslation("subsidy.incomplete"));
            return;
        }
        settings.setMunicipality(viewer, new Municipality(municipality.getValue(), period.getValue(),
                rounding.getValue(), flatRate.getValue()));
        Notification.show(getTranslation("subsidy.saved"));
    }

    private void addRow() {
        if (from.getValue() == null || minimumWage.getValue() == null || holidayPay.getValue() == null
                || allowance.getValue() == null || maximumShare.getValue() == null || flatRateShare.getValue() == null) {
            Notification.show(getTranslation("subsidy.incomplete"));
            return;
        }
        try {
            settings.addParameters(viewer, new LksParameters(from.getValue(), minimumWage.getValue(),
                    share(holidayPay), share(allowance), share(maximumShare), share(flatRateShare)));
            Notification.show(getTranslation("subsidy.saved"));
            load();
        } catch (IllegalArgumentException refused) {
            Notification.show(getTranslation("subsidy.refused"));
        }
    }

    private void saveStart() {
        if (worker.getValue() == null || startedOn.getValue() == null) {
            Notification.show(getTranslation("subsidy.incomplete"));
            return;
        }
        settings.setStartedOn(viewer, worker.getValue(), startedOn.getValue());
        Notification.show(getTranslation("subsidy.saved"));
    }

    private static BigDecimal share(BigDecimalField percent) {
        return percent.getValue().divide(HUNDRED);
    }
}
