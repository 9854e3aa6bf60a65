package nl.stapwijs.hardware.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.stapwijs.TestClock;
import org.junit.jupiter.api.Test;

class MinimumGapTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-17T09:00:00Z"));
    private final MinimumGap gap = new MinimumGap(Duration.ofMillis(400), clock);

    @Test
    void a_box_with_a_handle_hole_that_breaks_the_beam_twice_counts_once() {
        boolean front = gap.counts();
        clock.advance(Duration.ofMillis(150));
        boolean behindTheHole = gap.counts();

        assertThat(front).isTrue();
        assertThat(behindTheHole).isFalse();
    }

    @Test
    void the_next_box_after_the_gap_counts() {
        gap.counts();
        clock.advance(Duration.ofMillis(400));

        assertThat(gap.counts()).isTrue();
    }

    @Test
    void the_gap_is_measured_from_the_last_count_not_from_the_last_break() {
        gap.counts();
        clock.advance(Duration.ofMillis(300));
        gap.counts();
        clock.advance(Duration.ofMillis(100));

        assertThat(gap.counts()).isTrue();
    }
}
