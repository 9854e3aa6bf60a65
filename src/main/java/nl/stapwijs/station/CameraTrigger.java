package nl.stapwijs.station;

import java.util.Optional;
import nl.stapwijs.barcode.FrameReading;

/**
 * A camera sees the same code in frame after frame. One trigger is one count, so a code
 * counts when it comes into view, and counts again only after it has left the view (the
 * next identical box, held up after the first was put down).
 */
final class CameraTrigger {

    /** Frames without the code before it has left the view: one blurred frame is not leaving. */
    static final int FRAMES_GONE = 2;

    private String inView;
    private int framesWithout;

    /** The code to scan, when this frame brings one into view. */
    Optional<String> seen(FrameReading reading) {
        if (reading instanceof FrameReading.Found found) {
            framesWithout = 0;
            if (found.text().equals(inView)) {
                return Optional.empty();
            }
            inView = found.text();
            return Optional.of(found.text());
        }
        if (reading instanceof FrameReading.NoCode && inView != null && ++framesWithout >= FRAMES_GONE) {
            inView = null;
        }
        return Optional.empty();
    }
}
