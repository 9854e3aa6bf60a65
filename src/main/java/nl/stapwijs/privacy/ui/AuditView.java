package nl.stapwijs.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.stapwijs.base.audit.AuditEntry;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.workforce.Role;

/** The audit log, read-only: who read or changed whose data. Admins can view and export it, nobody can edit it. */
@Route("admin/audit")
@PageTitle("Inzagelog — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss");

    public AuditView(AuditLog audit, Clock clock) {
        addClassName("admin-page");
        Instant now = clock.instant();
        Instant yearAgo = now.minus(Duration.ofDays(366));
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.addColumn(e -> WHEN.format(e.at().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("staff.audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("staff.audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.action().name()).setHeader(getTranslation("staff.audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("staff.audit.subject")).setAutoWidth(true);
        grid.addColumn(e -> e.workerId() == null ? "" : String.valueOf(e.workerId()))
                .setHeader(getTranslation("staff.audit.worker")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("staff.audit.detail"));
        grid.setItems(audit.between(yearAgo, now.plusSeconds(60), 5_000));
        add(new H2(getTranslation("staff.nav.audit")), new Paragraph(getTranslation("staff.audit.intro")),
                Downloads.link(getTranslation("staff.audit.export"), "stapwijs-inzagelog.csv", "text/csv",
                        () -> AuditLog.csv(audit.between(yearAgo, clock.instant().plusSeconds(60), 1_000_000))
                                .getBytes(StandardCharsets.UTF_8)),
                grid);
    }
}
