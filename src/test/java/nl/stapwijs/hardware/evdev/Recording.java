package nl.stapwijs.hardware.evdev;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte stream as a USB HID scanner produces it through evdev: each key change is an
 * EV_MSC/MSC_SCAN event (the HID usage), the EV_KEY event and an EV_SYN/SYN_REPORT, a few
 * milliseconds apart.
 */
final class Recording {

    static final int KEY_LEFTSHIFT = 42;
    static final int KEY_RIGHTALT = 100;
    static final int KEY_ENTER = 28;

    private final List<InputEvent> events = new ArrayList<>();
    private long millis;

    Recording(long startMillis) {
        this.millis = startMillis;
    }

    Recording key(int code, int value) {
        events.add(new InputEvent(millis, 4, 4, 0x70000 + code));
        events.add(new InputEvent(millis, InputEvent.EV_KEY, code, value));
        events.add(new InputEvent(millis, 0, 0, 0));
        millis += 4;
        return this;
    }

    Recording tap(int... codes) {
        for (int code : codes) {
            key(code, InputEvent.KEY_DOWN).key(code, InputEvent.KEY_UP);
        }
        return this;
    }

    Recording with(int modifier, int... codes) {
        key(modifier, InputEvent.KEY_DOWN);
        tap(codes);
        return key(modifier, InputEvent.KEY_UP);
    }

    Recording pause(long pauseMillis) {
        millis += pauseMillis;
        return this;
    }

    byte[] bytes(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        events.forEach(event -> out.writeBytes(event.bytes(size)));
        return out.toByteArray();
    }
}
