package nl.stapwijs.it;

import java.util.Arrays;

/**
 * When each value of one station's count was first seen (epoch ms), in a plain array: a
 * 30-minute load run makes millions of such moments, and keeping them as map entries would
 * put the harness's own bookkeeping into the heap figure it reports.
 */
final class Timeline {

    private long[] firstAt = new long[256];
    private int highest;

    synchronized void markFirst(int count, long at) {
        if (count < 0) {
            return;
        }
        if (count >= firstAt.length) {
            firstAt = Arrays.copyOf(firstAt, Math.max(count + 1, firstAt.length * 2));
        }
        if (firstAt[count] == 0) {
            firstAt[count] = at;
        }
        highest = Math.max(highest, count);
    }

    /** When {@code count} was first seen, 0 if never. */
    synchronized long at(int count) {
        return count >= 0 && count < firstAt.length ? firstAt[count] : 0;
    }

    synchronized int highest() {
        return highest;
    }
}
