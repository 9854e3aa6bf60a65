package nl.stapwijs.sync.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.stapwijs.base.LocalRequests;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.sync.HubConnection;
import nl.stapwijs.sync.StationSync;
import nl.stapwijs.sync.SyncStatus;

/**
 * The technician's setup screen on a Pi in the station role (only on the Pi itself): the hub's
 * address and the pairing code, typed or scanned from its QR, and how sync stands.
 */
@Route(value = "setup", autoLayout = false)
@PageTitle("Werkplek instellen — Stapwijs")
@AnonymousAllowed
public class StationSetupView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final StationSync sync;
    private final StapwijsProperties properties;
    private final Paragraph status = new Paragraph();
    private final TextField hub = new TextField("Adres van de hub");
    private final TextField code = new TextField("Koppelcode (typen of QR scannen)");

    public StationSetupView(StationSync sync, StapwijsProperties properties) {
        this.sync = sync;
        this.properties = properties;
        addClassNames("admin-page", "station-setup");
        hub.setWidthFull();
        hub.setPlaceholder("https://stapwijs.voorbeeld.nl");
        code.setWidthFull();
        Button pair = new Button("Koppelen", click -> pair());
        pair.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1("Deze werkplek koppelen aan de hub"), hub, code, pair, status);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!LocalRequests.onThisStation(properties, VaadinRequest.getCurrent().getRemoteAddr())) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        SyncStatus current = sync.status();
        hub.setValue(current.hubUrl() == null ? "" : current.hubUrl());
        show(current);
    }

    private void pair() {
        try {
            String station = sync.pair(hub.getValue(), code.getValue());
            code.clear();
            status.setText("Gekoppeld als werkplek " + station + ".");
        } catch (HubConnection.Unreachable unreachable) {
            status.setText("De hub is niet bereikbaar. Controleer het adres en het netwerk.");
        } catch (RuntimeException refused) {
            status.setText(refused.getMessage());
        }
        show(sync.status());
    }

    private void show(SyncStatus current) {
        removeClassName("paired");
        if (!current.paired()) {
            status.setText("Nog niet gekoppeld.");
            return;
        }
        addClassName("paired");
        String last = current.lastSuccess() == null ? "nog niet"
                : WHEN.format(current.lastSuccess().atZone(ZoneId.systemDefault()));
        status.setText("Werkplek " + current.station() + " · laatst gesynchroniseerd: " + last + " · nog te versturen: "
                + current.pending() + (current.lastProblem() == null ? "" : " · " + current.lastProblem()));
    }
}
