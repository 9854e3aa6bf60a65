package nl.stapwijs.hardware.evdev;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One {@code struct input_event} as the kernel hands it out of {@code /dev/input/eventN}:
 * a timeval, then type (u16), code (u16) and value (s32). The timeval is two longs, so the
 * struct is 24 bytes for a 64-bit process and 16 bytes for a 32-bit one (Raspberry Pi OS
 * 32-bit). Every Pi and PC is little-endian.
 *
 * @param millis when the kernel saw it, in milliseconds of the event clock
 * @param value  for keys: 1 down, 0 up, 2 auto-repeat
 */
public record InputEvent(long millis, int type, int code, int value) {

    /** Key and button events. */
    static final int EV_KEY = 1;
    static final int KEY_UP = 0;
    static final int KEY_DOWN = 1;
    static final int KEY_REPEAT = 2;

    /** The size of one event for this machine's word size. */
    static int sizeHere() {
        return "64".equals(System.getProperty("sun.arch.data.model")) || System.getProperty("os.arch").contains("64") ? 24 : 16;
    }

    /** Reads one event; returns null at a clean end of the stream (the device went away). */
    static InputEvent read(InputStream in, int size) throws IOException {
        byte[] bytes = new byte[size];
        int read = in.readNBytes(bytes, 0, size);
        if (read == 0) {
            return null;
        }
        if (read < size) {
            throw new EOFException("The device ended in the middle of an input_event (" + read + " of " + size + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long seconds = size == 24 ? buffer.getLong() : Integer.toUnsignedLong(buffer.getInt());
        long micros = size == 24 ? buffer.getLong() : Integer.toUnsignedLong(buffer.getInt());
        int type = Short.toUnsignedInt(buffer.getShort());
        int code = Short.toUnsignedInt(buffer.getShort());
        int value = buffer.getInt();
        return new InputEvent(seconds * 1000 + micros / 1000, type, code, value);
    }

    /** The bytes the kernel would send for this event: for recorded streams and for tests of the reader. */
    byte[] bytes(int size) {
        ByteBuffer buffer = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        long seconds = millis / 1000;
        long micros = millis % 1000 * 1000;
        if (size == 24) {
            buffer.putLong(seconds).putLong(micros);
        } else {
            buffer.putInt((int) seconds).putInt((int) micros);
        }
        buffer.putShort((short) type).putShort((short) code).putInt(value);
        return buffer.array();
    }
}
