package nl.stapwijs.hardware.evdev;

import java.util.function.Consumer;

/**
 * Turns a scanner's key events back into the text it typed: key-down events only (auto-repeat
 * and releases type nothing), shift and AltGr held as modifiers, Enter or Tab ending a code.
 * A key this layout cannot type, or one typed with Ctrl or Alt, becomes a control character,
 * so the scan is refused as unreadable rather than counted as a different code.
 */
final class KeyTyping {

    /** Longer than any code a scanner types in one go; the rest is cut and the scan refused as too long. */
    static final int MAX_CODE = 4096;
    /** A stray key press (someone leaning on the scanner's keyboard) must not prefix the next scan. */
    static final long IDLE_RESET_MS = 1500;

    private static final char UNTYPABLE = '\u0007';
    private static final int KEY_ENTER = 28;
    private static final int KEY_KPENTER = 96;
    private static final int KEY_TAB = 15;
    private static final int KEY_LEFTSHIFT = 42;
    private static final int KEY_RIGHTSHIFT = 54;
    private static final int KEY_RIGHTALT = 100;
    private static final int KEY_LEFTCTRL = 29;
    private static final int KEY_RIGHTCTRL = 97;
    private static final int KEY_LEFTALT = 56;
    private static final int KEY_CAPSLOCK = 58;
    private static final int KEY_NUMLOCK = 69;

    private final KeyboardLayout layout;
    private final Consumer<String> codes;
    private final StringBuilder typed = new StringBuilder();
    private boolean leftShift;
    private boolean rightShift;
    private boolean altGr;
    private boolean control;
    private long lastKeyMillis;

    KeyTyping(KeyboardLayout layout, Consumer<String> codes) {
        this.layout = layout;
        this.codes = codes;
    }

    void accept(InputEvent event) {
        if (event.type() != InputEvent.EV_KEY || event.value() == InputEvent.KEY_REPEAT) {
            return;
        }
        boolean down = event.value() == InputEvent.KEY_DOWN;
        switch (event.code()) {
            case KEY_LEFTSHIFT -> leftShift = down;
            case KEY_RIGHTSHIFT -> rightShift = down;
            case KEY_RIGHTALT -> altGr = down;
            case KEY_LEFTCTRL, KEY_RIGHTCTRL, KEY_LEFTALT -> control = down;
            case KEY_CAPSLOCK, KEY_NUMLOCK -> { }
            default -> {
                if (down) {
                    keyDown(event);
                }
            }
        }
    }

    private void keyDown(InputEvent event) {
        if (typed.length() > 0 && event.millis() - lastKeyMillis > IDLE_RESET_MS) {
            typed.setLength(0);
        }
        lastKeyMillis = event.millis();
        if (event.code() == KEY_ENTER || event.code() == KEY_KPENTER || event.code() == KEY_TAB) {
            String code = typed.toString();
            typed.setLength(0);
            if (!code.isEmpty()) {
                codes.accept(code);
            }
            return;
        }
        char character = control ? 0 : layout.character(event.code(), leftShift || rightShift, altGr);
        if (typed.length() < MAX_CODE) {
            typed.append(character == 0 ? UNTYPABLE : character);
        }
    }
}
