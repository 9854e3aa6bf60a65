package nl.stapwijs.workforce.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.StaffAccount;
import nl.stapwijs.workforce.StaffService;
import nl.stapwijs.workforce.Team;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/** Staff accounts and what each may see: a supervisor's teams, a coach's caseload, an assessor's grants. */
@Route("admin/staff")
@PageTitle("Accounts en rollen — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class StaffView extends Div {

    private final StaffService staff;
    private final Grid<StaffAccount> accounts = new Grid<>(StaffAccount.class, false);

    public StaffView(StaffService staff, WorkforceService workforce, CurrentViewer viewer, AuditLog audit, Clock clock) {
        this.staff = staff;
        addClassName("admin-page");
        add(new H2(getTranslation("staff.nav.staff")));

        accounts.addColumn(StaffAccount::username).setHeader(getTranslation("staff.login.username")).setAutoWidth(true);
        accounts.addColumn(StaffAccount::displayName).setHeader(getTranslation("staff.accounts.name"));
        accounts.addColumn(a -> a.role().name()).setHeader(getTranslation("staff.accounts.role")).setAutoWidth(true);
        accounts.addColumn(a -> !a.active() ? getTranslation("staff.accounts.disabled")
                : staff.isLocked(a) ? getTranslation("staff.accounts.locked") : "").setAutoWidth(true);
        accounts.addComponentColumn(a -> new Button(getTranslation(a.active() ? "staff.accounts.disable" : "staff.accounts.enable"),
                click -> {
                    staff.setActive(a.id(), !a.active());
                    refresh();
                })).setAutoWidth(true);
        accounts.setAllRowsVisible(true);
        refresh();

        TextField username = new TextField(getTranslation("staff.login.username"));
        TextField name = new TextField(getTranslation("staff.accounts.name"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("staff.accounts.role"));
        role.setItems(Role.values());
        PasswordField password = new PasswordField(getTranslation("staff.login.password"));
        password.setHelperText(getTranslation("staff.accounts.passwordHint"));
        Button create = new Button(getTranslation("staff.accounts.create"), click -> {
            try {
                staff.create(username.getValue(), name.getValue(), password.getValue(), role.getValue());
                username.clear();
                name.clear();
                password.clear();
                refresh();
            } catch (RuntimeException refused) {
                Notification.show(getTranslation("staff.accounts.refused"));
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(username, name, role, password, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);

        ComboBox<StaffAccount> person = new ComboBox<>(getTranslation("staff.accounts.account"));
        person.setItems(staff.accounts());
        person.setItemLabelGenerator(a -> a.username() + " (" + a.role() + ")");
        ComboBox<Team> team = new ComboBox<>(getTranslation("staff.accounts.team"));
        team.setItems(workforce.teams());
        team.setItemLabelGenerator(Team::name);
        Button addTeam = new Button(getTranslation("staff.accounts.addTeam"), click -> {
            if (person.getValue() != null && team.getValue() != null && person.getValue().role() == Role.SUPERVISOR) {
                staff.addTeam(person.getValue().id(), team.getValue().id());
                Notification.show(getTranslation("staff.saved"));
            }
        });
        ComboBox<Worker> worker = new ComboBox<>(getTranslation("staff.accounts.worker"));
        worker.setItems(workforce.activeWorkers());
        worker.setItemLabelGenerator(Worker::shortName);
        Button addCase = new Button(getTranslation("staff.accounts.addCaseload"), click -> {
            if (person.getValue() != null && worker.getValue() != null && person.getValue().role() == Role.COACH) {
                staff.addToCaseload(person.getValue().id(), worker.getValue().id());
                audit.record(viewer.require().username(), AuditAction.GRANT, "CASELOAD", worker.getValue().id(),
                        "coach " + person.getValue().username());
                Notification.show(getTranslation("staff.saved"));
            }
        });
        DatePicker from = new DatePicker(getTranslation("staff.accounts.from"), LocalDate.now(clock).minusMonths(3));
        DatePicker to = new DatePicker(getTranslation("staff.accounts.to"), LocalDate.now(clock));
        DatePicker expires = new DatePicker(getTranslation("staff.accounts.expires"), LocalDate.now(clock).plusDays(30));
        Button grant = new Button(getTranslation("staff.accounts.grant"), click -> {
            if (person.getValue() == null || worker.getValue() == null || person.getValue().role() != Role.ASSESSOR) {
                Notification.show(getTranslation("staff.accounts.grantNeeds"));
                return;
            }
            staff.grant(person.getValue().id(), worker.getValue().id(), from.getValue(), to.getValue(),
                    expires.getValue().plusDays(1).atStartOfDay(clock.getZone()).toInstant(), viewer.require().username());
            audit.record(viewer.require().username(), AuditAction.GRANT, "EVIDENCE_PACK", worker.getValue().id(),
                    "assessor " + person.getValue().username() + " " + from.getValue() + ".." + to.getValue()
                            + " until " + expires.getValue());
            Notification.show(getTranslation("staff.saved"));
        });
        HorizontalLayout scope = new HorizontalLayout(person, team, addTeam, worker, addCase);
        scope.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        scope.setWrap(true);
        HorizontalLayout grants = new HorizontalLayout(from, to, expires, grant);
        grants.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(accounts, new H3(getTranslation("staff.accounts.new")), form, new H3(getTranslation("staff.accounts.scope")),
                scope, grants);
    }

    private void refresh() {
        accounts.setItems(staff.accounts());
    }
}
