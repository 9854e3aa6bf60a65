package nl.stapwijs.hardware.pi4j;

import java.util.function.Consumer;
import nl.stapwijs.base.Subscription;

/** What the panel needs of each input part: the presses that count, and the raw level for the self-test. */
interface PanelInput extends AutoCloseable {

    Subscription onPress(Runnable action);

    Subscription onLevel(Consumer<Boolean> listener);

    @Override
    void close();
}
