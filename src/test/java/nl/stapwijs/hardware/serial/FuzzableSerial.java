package nl.stapwijs.hardware.serial;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.function.Consumer;

/** Feeds raw bytes through the serial scanner's line splitting, as the fuzz suite needs it. */
public final class FuzzableSerial {

    private FuzzableSerial() {
    }

    public static void split(InputStream in, Consumer<String> codes) throws IOException {
        for (Terminator terminator : Terminator.values()) {
            in.mark(Integer.MAX_VALUE);
            LineSplitter lines = new LineSplitter(terminator, Clock.systemUTC(), codes);
            byte[] buffer = new byte[64];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                lines.accept(buffer, read);
            }
            in.reset();
        }
    }
}
