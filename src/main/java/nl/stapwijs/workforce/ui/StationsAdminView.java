package nl.stapwijs.workforce.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.stapwijs.workforce.BoundDevice;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.PairingCode;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.StationBinding;
import nl.stapwijs.workforce.WorkforceService;

/**
 * Binding browsers and devices to stations: a one-time pairing code (text and QR) for a
 * device elsewhere, or "this browser" for the screen the admin stands at; and revoking.
 */
@Route("admin/stations")
@PageTitle("Werkplekken koppelen — Stapwijs")
@RolesAllowed(Role.ADMIN_NAME)
public class StationsAdminView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final StationBinding binding;
    private final CurrentViewer viewer;
    private final Grid<BoundDevice> devices = new Grid<>(BoundDevice.class, false);

    public StationsAdminView(WorkforceService workforce, StationBinding binding, CurrentViewer viewer) {
        this.binding = binding;
        this.viewer = viewer;
        addClassName("admin-page");
        add(new H2(getTranslation("staff.nav.stationAdmin")), new Paragraph(getTranslation("staff.stations.intro")));

        Grid<Station> stations = new Grid<>(Station.class, false);
        stations.addColumn(Station::code).setHeader(getTranslation("staff.stations.code")).setAutoWidth(true);
        stations.addColumn(Station::name).setHeader(getTranslation("staff.stations.name"));
        stations.addComponentColumn(station -> {
            Button code = new Button(getTranslation("staff.stations.pairingCode"), click -> showCode(station));
            code.addClassName("make-pairing-code");
            Button here = new Button(getTranslation("staff.stations.bindHere"), click -> bindThisBrowser(station));
            here.addThemeVariants(ButtonVariant.TERTIARY);
            return new Div(code, here);
        }).setAutoWidth(true);
        stations.setItems(workforce.stations());
        stations.setAllRowsVisible(true);

        ZoneId zone = ZoneId.systemDefault();
        devices.addColumn(BoundDevice::stationCode).setHeader(getTranslation("staff.stations.code")).setAutoWidth(true);
        devices.addColumn(BoundDevice::label).setHeader(getTranslation("staff.stations.device"));
        devices.addColumn(d -> WHEN.format(d.boundAt().atZone(zone)) + " (" + d.boundBy() + ")")
                .setHeader(getTranslation("staff.stations.boundAt"));
        devices.addComponentColumn(device -> device.isActive()
                ? new Button(getTranslation("staff.stations.revoke"), click -> {
                    binding.revoke(device.id());
                    refresh();
                })
                : new Span(getTranslation("staff.stations.revoked"))).setAutoWidth(true);
        devices.setAllRowsVisible(true);
        refresh();
        add(stations, new H3(getTranslation("staff.stations.devices")), devices);
    }

    private void showCode(Station station) {
        PairingCode code = binding.newPairingCode(station.code(), viewer.require().username());
        String url = pairingUrl(code.code());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.stations.codeFor", station.name()));
        Span text = new Span(code.code().substring(0, 4) + "-" + code.code().substring(4));
        text.addClassName("pairing-code");
        Image qr = new Image("barcodes/QR_CODE.png?text=" + URLEncoder.encode(url, StandardCharsets.UTF_8), url);
        qr.setWidth("240px");
        dialog.add(new Paragraph(getTranslation("staff.stations.codeHint", 15)), text, new Div(qr), new Paragraph(url));
        dialog.getFooter().add(new Button(getTranslation("staff.close"), click -> dialog.close()));
        dialog.open();
    }

    private void bindThisBrowser(Station station) {
        PairingCode code = binding.newPairingCode(station.code(), viewer.require().username());
        getUI().ifPresent(ui -> ui.getPage().setLocation("pair?code=" + code.code()));
    }

    private void refresh() {
        devices.setItems(binding.devices());
    }

    private String pairingUrl(String code) {
        String base = com.vaadin.flow.server.VaadinServletRequest.getCurrent() instanceof
                com.vaadin.flow.server.VaadinServletRequest request
                ? request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                : "";
        return base + "/pair?code=" + code;
    }
}
