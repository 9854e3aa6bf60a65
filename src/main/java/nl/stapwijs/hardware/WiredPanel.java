package nl.stapwijs.hardware;

import java.util.Optional;

/**
 * The panel on this Pi's GPIO header, or none: no real hardware, or
 * {@code stapwijs.hardware.gpio.enabled=false}. A bean that always exists, so that which
 * panel a station gets is decided by its settings when it starts (Spring AOT fixes the set
 * of beans when the jar is built).
 */
public final class WiredPanel implements AutoCloseable {

    private static final WiredPanel NONE = new WiredPanel(null, () -> { });

    private final TestablePanel panel;
    private final AutoCloseable closer;

    private WiredPanel(TestablePanel panel, AutoCloseable closer) {
        this.panel = panel;
        this.closer = closer;
    }

    public static WiredPanel none() {
        return NONE;
    }

    /** @param closer releases the panel's pins when the app stops */
    public static WiredPanel of(TestablePanel panel, AutoCloseable closer) {
        return new WiredPanel(panel, closer);
    }

    public Optional<TestablePanel> panel() {
        return Optional.ofNullable(panel);
    }

    @Override
    public void close() throws Exception {
        closer.close();
    }
}
