package nl.stapwijs.hardware.pi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.stapwijs.TestClock;
import org.junit.jupiter.api.Test;

class DebounceTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-17T09:00:00Z"));
    private final Debounce debounce = new Debounce(Duration.ofMillis(30), clock);

    @Test
    void the_first_edge_of_a_press_counts_and_its_chatter_does_not() {
        boolean first = debounce.isPress(true);
        clock.advance(Duration.ofMillis(1));
        boolean bounceOpen = debounce.isPress(false);
        clock.advance(Duration.ofMillis(2));
        boolean bounceClosed = debounce.isPress(true);

        assertThat(first).isTrue();
        assertThat(bounceOpen).isFalse();
        assertThat(bounceClosed).isFalse();
    }

    @Test
    void the_chatter_of_a_release_after_a_long_hold_is_not_a_new_press() {
        debounce.isPress(true);
        clock.advance(Duration.ofSeconds(2));

        debounce.isPress(false);
        clock.advance(Duration.ofMillis(3));
        boolean chatter = debounce.isPress(true);
        clock.advance(Duration.ofMillis(2));
        debounce.isPress(false);

        assertThat(chatter).isFalse();
    }

    @Test
    void a_second_press_after_the_line_was_quiet_counts_again() {
        debounce.isPress(true);
        clock.advance(Duration.ofMillis(120));
        debounce.isPress(false);
        clock.advance(Duration.ofMillis(30));

        assertThat(debounce.isPress(true)).isTrue();
    }

    @Test
    void a_press_within_the_debounce_time_of_the_release_does_not_count() {
        debounce.isPress(true);
        clock.advance(Duration.ofMillis(200));
        debounce.isPress(false);
        clock.advance(Duration.ofMillis(29));

        assertThat(debounce.isPress(true)).isFalse();
    }
}
