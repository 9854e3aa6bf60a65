package nl.stapwijs.sync.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.stapwijs.sync.Ingest;
import nl.stapwijs.sync.StationSyncStatus;
import nl.stapwijs.workforce.Role;

/** The hub's view of its stations: last contact, backlog, clock offset and app version. */
@Route("admin/hub")
@PageTitle("Stations en synchronisatie — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class HubOverviewView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss");

    public HubOverviewView(Ingest ingest) {
        addClassName("admin-page");
        Grid<StationSyncStatus> grid = new Grid<>(StationSyncStatus.class, false);
        grid.addColumn(StationSyncStatus::station).setHeader(getTranslation("staff.hub.station")).setAutoWidth(true);
        grid.addColumn(s -> s.lastContact() == null ? "—" : WHEN.format(s.lastContact().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("staff.hub.lastContact")).setAutoWidth(true);
        grid.addColumn(StationSyncStatus::backlog).setHeader(getTranslation("staff.hub.backlog")).setAutoWidth(true);
        grid.addColumn(StationSyncStatus::contiguousSeq).setHeader(getTranslation("staff.hub.received")).setAutoWidth(true);
        grid.addColumn(s -> s.clockOffsetMs() == null ? "—"
                : String.format("%+.1f s%s", s.clockOffsetMs() / 1000.0, s.clockNotSynced() ? " ⚠" : ""))
                .setHeader(getTranslation("staff.hub.clock")).setAutoWidth(true);
        grid.addColumn(StationSyncStatus::appVersion).setHeader(getTranslation("staff.hub.version")).setAutoWidth(true);
        grid.setItems(ingest.stations());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("staff.nav.hub")), new Paragraph(getTranslation("staff.hub.intro")), grid);
    }
}
