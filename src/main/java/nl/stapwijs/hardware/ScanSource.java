package nl.stapwijs.hardware;

import java.util.function.Consumer;
import nl.stapwijs.base.Subscription;

/** A scanner of any kind; it delivers each scanned code as text, terminator removed. */
public interface ScanSource {
    Subscription onScan(Consumer<String> listener);
}
