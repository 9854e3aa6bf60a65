package nl.stapwijs.wagevalue.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.wagevalue.RosterService;
import nl.stapwijs.wagevalue.RosteredDay;
import nl.stapwijs.wagevalue.TeamRoster;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;

/**
 * A team's roster: working days, hours and the breaks everyone takes, which the wage-value
 * measurement does not count against anyone. Saving makes a new version from a date on.
 */
@StyleSheet("styles/wagevalue.css")
@Route("rosters")
@PageTitle("Roosters — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
public class RostersView extends Div {

    final Select<Team> team = new Select<>();
    final Map<DayOfWeek, RosterDayRow> days = new EnumMap<>(DayOfWeek.class);
    final DatePicker effectiveFrom = new DatePicker();
    final Grid<TeamRoster> history = new Grid<>();
    final Button save;
    private final RosterService rosters;
    private final Viewer viewer;
    private final Clock clock;
    private final StapwijsProperties properties;

    public RostersView(RosterService rosters, WorkforceService workforce, CurrentViewer current, Clock clock,
            StapwijsProperties properties) {
        this.rosters = rosters;
        this.viewer = current.require();
        this.clock = clock;
        this.properties = properties;
        addClassNames("admin-page", "rosters-page");
        team.setLabel(getTranslation("wagevalue.team"));
        team.setItems(workforce.teams().stream().filter(t -> viewer.maySeeTeam(t.id())).toList());
        team.setItemLabelGenerator(Team::name);
        team.addValueChangeListener(change -> load());
        Div week = new Div();
        week.addClassName("roster-week");
        for (DayOfWeek day : DayOfWeek.values()) {
            RosterDayRow row = new RosterDayRow(day);
            days.put(day, row);
            week.add(row);
        }
        effectiveFrom.setLabel(getTranslation("rosters.effectiveFrom"));
        save = new Button(getTranslation("rosters.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        history.addColumn(r -> "v" + r.version()).setHeader(getTranslation("wagevalue.normVersion")).setAutoWidth(true);
        history.addColumn(r -> r.effectiveFrom().toString()).setHeader(getTranslation("rosters.effectiveFrom")).setAutoWidth(true);
        history.addColumn(r -> r.roster().days().stream().map(d -> getTranslation("rosters.day." + d.weekday().name())
                + " " + d.start() + "–" + d.end() + " (" + d.breaks().stream().map(b -> b.start() + "–" + b.end())
                .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; ")))
                .setHeader(getTranslation("rosters.days"));
        history.addColumn(TeamRoster::setBy).setHeader(getTranslation("norms.setBy")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        add(new H2(getTranslation("staff.nav.rosters")), new Paragraph(getTranslation("rosters.intro")), team, week,
                effectiveFrom, save, new H3(getTranslation("rosters.history")), history);
        team.getListDataView().getItems().findFirst().ifPresent(team::setValue);
    }

    private void load() {
        Team chosen = team.getValue();
        List<TeamRoster> versions = chosen == null ? List.of() : rosters.versions(chosen.id());
        history.setItems(versions);
        var current = chosen == null ? java.util.Optional.<TeamRoster>empty() : rosters.current(chosen.id());
        days.forEach((day, row) -> row.show(current.flatMap(r -> r.roster().days().stream()
                .filter(d -> d.weekday() == day).findFirst()).orElse(null)));
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        effectiveFrom.setMin(versions.isEmpty() ? null : today);
        effectiveFrom.setValue(versions.isEmpty() ? today.withDayOfMonth(1) : today.plusDays(1));
    }

    private void save() {
        if (team.getValue() == null || effectiveFrom.getValue() == null) {
            Notification.show(getTranslation("rosters.incomplete"));
            return;
        }
        try {
            List<RosteredDay> rostered = new ArrayList<>();
            for (RosterDayRow row : days.values()) {
                row.day().ifPresent(rostered::add);
            }
            rosters.addVersion(viewer, team.getValue().id(), effectiveFrom.getValue(), rostered);
            Notification.show(getTranslation("rosters.saved"));
            load();
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException refused) {
            Notification.show(getTranslation("rosters.refused"));
        }
    }
}
