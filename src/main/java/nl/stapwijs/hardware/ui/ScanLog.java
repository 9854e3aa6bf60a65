package nl.stapwijs.hardware.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.stapwijs.barcode.ScanReading;

/**
 * The latest scans on the self-test screen, newest first: exactly what arrived (control
 * characters shown as \xNN) and what Stapwijs makes of it. A wrong keyboard layout or baud
 * rate shows up here at once.
 */
final class ScanLog extends Div {

    static final int KEPT = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private final ZoneId zone;
    private final Span empty = new Span();

    ScanLog(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        addClassName("selftest-scans");
        empty.setText(getTranslation("staff.selftest.scan.empty"));
        add(empty);
    }

    void add(String raw, String source) {
        empty.setVisible(false);
        Div entry = new Div();
        entry.addClassName("selftest-scan");
        Span time = new Span(LocalTime.now(clock.withZone(zone)).format(TIME) + " " + source);
        Span shown = new Span(raw == null ? "" : ScanReading.printable(raw));
        shown.addClassName("selftest-scan-raw");
        Span parsed = new Span(parsed(raw));
        parsed.addClassName("selftest-scan-parsed");
        entry.add(time, shown, parsed);
        addComponentAtIndex(1, entry);
        if (getComponentCount() > KEPT + 1) {
            remove(getComponentAt(KEPT + 1));
        }
    }

    private String parsed(String raw) {
        return switch (ScanReading.of(raw)) {
            case ScanReading.Readable readable -> getTranslation("staff.selftest.scan.readable", readable.code());
            case ScanReading.Unreadable unreadable -> getTranslation("staff.selftest.scan.unreadable", unreadable.problem().name());
        };
    }
}
