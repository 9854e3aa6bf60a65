package nl.stapwijs.hardware;

import java.util.Set;
import java.util.function.BiConsumer;
import nl.stapwijs.base.Subscription;

/**
 * A station panel as a technician sees it on the self-test screen: which parts are fitted,
 * the raw level of each input (before debounce, so a loose wire shows as flicker), and each
 * output switched on its own.
 */
public interface TestablePanel extends StationPanel {

    Set<Input> inputs();

    Set<Output> outputs();

    /** Called with {@code true} when an input becomes active (pressed, beam broken) and {@code false} when it is released. */
    Subscription onLevel(BiConsumer<Input, Boolean> listener);

    void switchOutput(Output output, boolean on);
}
