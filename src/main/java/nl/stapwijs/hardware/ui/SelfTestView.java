package nl.stapwijs.hardware.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.hardware.SelfTest;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.hardware.StationHardware;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.WorkforceService;

/**
 * A technician's check of one station's hardware on site: press each button and see it
 * light up here, switch each output, scan a code and see the raw text and what Stapwijs
 * makes of it. While the page is open the station counts nothing.
 */
@Route("selftest/:code?")
@PageTitle("Zelftest — Stapwijs")
@AnonymousAllowed
public class SelfTestView extends Div implements BeforeEnterObserver {

    private final StationDevices devices;
    private final WorkforceService workforce;
    private final Clock clock;
    private final StapwijsProperties properties;
    private final Map<Input, InputTile> tiles = new EnumMap<>(Input.class);
    private final List<Subscription> subscriptions = new ArrayList<>();
    private Station station;
    private SelfTest test;
    private ScanLog log;

    private final AuthenticationContext authentication;

    public SelfTestView(StationDevices devices, WorkforceService workforce, Clock clock, StapwijsProperties properties,
            AuthenticationContext authentication) {
        this.authentication = authentication;
        this.devices = devices;
        this.workforce = workforce;
        this.clock = clock;
        this.properties = properties;
        addClassName("selftest");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A technician: staff signed in on the hub, or anyone at the Pi itself in the station role.
        if (!(authentication.hasAnyRole("ADMIN", "SUPERVISOR") || onThisStation())) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        station = event.getRouteParameters().get("code").flatMap(workforce::station).orElse(null);
    }

    private boolean onThisStation() {
        return nl.stapwijs.base.LocalRequests.onThisStation(properties,
                com.vaadin.flow.server.VaadinRequest.getCurrent().getRemoteAddr());
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        removeAll();
        if (station == null) {
            chooseStation();
            return;
        }
        UI ui = attach.getUI();
        StationHardware hardware = devices.hardware(station.code());
        test = hardware.startSelfTest();
        add(new H2(getTranslation("staff.selftest.title", station.code() + " — " + station.name())),
                new Paragraph(getTranslation("staff.selftest.hold")));
        Div inputs = new Div();
        inputs.addClassName("selftest-row");
        for (Input input : Input.values()) {
            InputTile tile = new InputTile(input, test.inputs().contains(input));
            tiles.put(input, tile);
            inputs.add(tile);
        }
        log = new ScanLog(clock, properties.zone());
        String scanner = getTranslation(test.hasScanner() ? "staff.selftest.scanner.yes" : "staff.selftest.scanner.no");
        add(new H3(getTranslation("staff.selftest.inputs")), inputs, new OutputSwitches(test, hardware),
                new H3(getTranslation("staff.selftest.scans")), new Paragraph(getTranslation("staff.selftest.scanner", scanner)),
                log);
        subscriptions.add(test.onLevel((input, active) -> ui.access(() -> tiles.get(input).level(active))));
        subscriptions.add(test.onPressed(input -> ui.access(() -> tiles.get(input).pressed())));
        subscriptions.add(test.onScan(raw -> ui.access(() -> log.add(raw, "🔌"))));
        // A keyboard-wedge scanner on this browser types here; the log shows it as the station would get it.
        ui.getPage().addJavaScript("scripts/station.js");
        getElement().executeJs("window.stapwijs.attachWedge(this)");
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
        if (test != null) {
            test.close();
            test = null;
            getElement().executeJs("window.stapwijs && window.stapwijs.detachWedge()");
        }
    }

    /** Called by the keyboard-wedge script with whatever was typed before Enter. */
    @ClientCallable
    void scanned(String raw) {
        if (log != null) {
            log.add(raw, "⌨");
        }
    }

    InputTile tile(Input input) {
        return tiles.get(input);
    }

    private void chooseStation() {
        add(new H2(getTranslation("staff.nav.selftest")), new Paragraph(getTranslation("staff.selftest.choose")));
        Div links = new Div();
        links.addClassName("selftest-row");
        workforce.stations().forEach(s -> links.add(new Anchor("selftest/" + s.code(), s.code() + " — " + s.name())));
        add(links);
    }
}
