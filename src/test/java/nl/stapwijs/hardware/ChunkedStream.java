package nl.stapwijs.hardware;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** A device stream that hands out bytes exactly in the chunks a test recorded, then ends, like an unplugged scanner. */
public final class ChunkedStream extends InputStream {

    private final Deque<byte[]> chunks;
    private byte[] current = new byte[0];
    private int position;

    public ChunkedStream(List<byte[]> chunks) {
        this.chunks = new ArrayDeque<>(chunks);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (position == current.length) {
            if (chunks.isEmpty()) {
                return -1;
            }
            current = chunks.poll();
            position = 0;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, count);
        position += count;
        return count;
    }

    public static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    public static byte[] concat(byte[]... parts) {
        byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
