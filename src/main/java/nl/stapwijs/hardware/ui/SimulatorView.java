package nl.stapwijs.hardware.ui;

import nl.stapwijs.workforce.Role;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.hardware.StationDevices;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.simulated.SimulatedPanel;
import nl.stapwijs.production.ProductBarcode;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/**
 * Drives any station through its simulated panel: the same interface the Pi4J buttons and
 * the scanners use, so what works here works with real devices.
 */
@Route("simulator")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
@PageTitle("Simulator — Stapwijs")
public class SimulatorView extends Div {

    private final StationDevices devices;
    private final WorkforceService workforce;
    private final ProductService products;
    private final ComboBox<Station> station = new ComboBox<>();
    private final Div quickScans = new Div();
    private final Span light = new Span();
    private Subscription signals;

    public SimulatorView(StationDevices devices, WorkforceService workforce, ProductService products) {
        this.devices = devices;
        this.workforce = workforce;
        this.products = products;
        addClassName("simulator");
        add(new H2(getTranslation("staff.simulator.title")), new Paragraph(getTranslation("staff.simulator.intro")));
        station.setLabel(getTranslation("staff.simulator.station"));
        // A station served by real hardware has no simulated panel to drive.
        station.setItems(simulatedStations());
        station.setItemLabelGenerator(s -> s.code() + " — " + s.name());
        station.addValueChangeListener(change -> stationChosen(change.getValue()));

        TextField code = new TextField(getTranslation("staff.simulator.code"));
        code.setClearButtonVisible(true);
        Button scan = new Button(getTranslation("staff.simulator.scan"), click -> panel().scan(code.getValue()));
        scan.addThemeVariants(ButtonVariant.PRIMARY);
        Button help = new Button(getTranslation("staff.simulator.help"), click -> panel().press(Input.HELP));
        Button pedal = new Button(getTranslation("staff.simulator.pedal"), click -> panel().press(Input.COUNT_PEDAL));
        HorizontalLayout manual = new HorizontalLayout(code, scan, help, pedal);
        manual.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        light.addClassName("simulator-light");
        quickScans.addClassName("simulator-quick");
        add(station, manual, quickScans, light);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        List<Station> simulated = simulatedStations();
        if (station.getValue() == null && !simulated.isEmpty()) {
            station.setValue(simulated.get(0));
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (signals != null) {
            signals.cancel();
        }
    }

    private SimulatedPanel panel() {
        return devices.simulatedPanel(station.getValue().code()).orElseThrow();
    }

    private List<Station> simulatedStations() {
        return workforce.stations().stream().filter(s -> devices.simulatedPanel(s.code()).isPresent()).toList();
    }

    private void stationChosen(Station chosen) {
        if (signals != null) {
            signals.cancel();
        }
        quickScans.removeAll();
        if (chosen == null) {
            return;
        }
        quickScans.add(new Anchor("station/" + chosen.code(), "→ /station/" + chosen.code()));
        List<Worker> workers = workforce.workersOfSite(chosen.siteId());
        workers.forEach(w -> quickScans.add(quick("🪪 " + w.shortName(), w.badge())));
        for (ProductBarcode barcode : products.barcodes()) {
            String name = products.product(barcode.productId()).map(p -> p.name()).orElse(barcode.code());
            quickScans.add(quick("📦 " + name, barcode.code()));
        }
        quickScans.add(quick("⚠ garbage", "\u0007\u0000 12\u001b"));
        quickScans.add(quick("⚠ 10 kB", "9".repeat(10_240)));
        quickScans.add(quick("⚠ empty", ""));
        SimulatedPanel panel = panel();
        showLight(panel);
        UI ui = UI.getCurrent();
        signals = panel.onSignal(signal -> ui.access(() -> showLight(panel)));
    }

    private Button quick(String label, String code) {
        Button button = new Button(label, click -> panel().scan(code));
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private void showLight(SimulatedPanel panel) {
        light.setText(getTranslation("staff.simulator.light", panel.light().name()));
        light.getElement().setAttribute("data-light", panel.light().name());
    }
}
