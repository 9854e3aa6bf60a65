package nl.stapwijs.hardware.evdev;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Feeds raw bytes through the evdev scanner's event reading and key typing, for the fuzz suite. */
public final class FuzzableEvdev {

    private FuzzableEvdev() {
    }

    public static void type(InputStream in, Consumer<String> codes) throws IOException {
        for (KeyboardLayout layout : KeyboardLayout.values()) {
            in.mark(Integer.MAX_VALUE);
            KeyTyping typing = new KeyTyping(layout, codes);
            for (InputEvent event = InputEvent.read(in, 24); event != null; event = InputEvent.read(in, 24)) {
                typing.accept(event);
            }
            in.reset();
        }
    }
}
