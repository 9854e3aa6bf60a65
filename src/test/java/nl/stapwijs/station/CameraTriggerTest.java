package nl.stapwijs.station;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stapwijs.barcode.FrameReading;
import nl.stapwijs.barcode.Symbology;
import org.junit.jupiter.api.Test;

class CameraTriggerTest {

    private static final FrameReading BOX = new FrameReading.Found("8712345678906", Symbology.EAN_13);
    private static final FrameReading NOTHING = new FrameReading.NoCode();

    private final CameraTrigger trigger = new CameraTrigger();

    @Test
    void a_code_held_in_view_for_many_frames_counts_once() {
        assertThat(trigger.seen(BOX)).contains("8712345678906");
        for (int frame = 0; frame < 10; frame++) {
            assertThat(trigger.seen(BOX)).isEmpty();
        }
    }

    @Test
    void one_blurred_frame_is_not_the_code_leaving_the_view() {
        trigger.seen(BOX);

        trigger.seen(NOTHING);

        assertThat(trigger.seen(BOX)).isEmpty();
    }

    @Test
    void the_next_identical_box_counts_after_the_first_has_left_the_view() {
        trigger.seen(BOX);
        trigger.seen(NOTHING);
        trigger.seen(NOTHING);

        assertThat(trigger.seen(BOX)).contains("8712345678906");
    }

    @Test
    void another_code_counts_at_once() {
        trigger.seen(BOX);

        assertThat(trigger.seen(new FrameReading.Found("P-1010", Symbology.CODE_128))).contains("P-1010");
    }

    @Test
    void a_refused_frame_changes_nothing() {
        trigger.seen(BOX);

        trigger.seen(new FrameReading.Refused(FrameReading.Reason.TOO_LARGE));
        trigger.seen(new FrameReading.Refused(FrameReading.Reason.TOO_LARGE));

        assertThat(trigger.seen(BOX)).isEmpty();
    }
}
