package nl.stapwijs.base.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

class StartupGarbageTest {

    private final AtomicInteger collections = new AtomicInteger();
    private final StartupGarbage garbage = new StartupGarbage(collections::incrementAndGet, Runnable::run);

    @Test
    void nothing_is_collected_while_the_app_is_still_starting() {
        garbage.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));

        assertThat(collections).hasValue(0);
    }

    @Test
    void the_start_up_garbage_is_collected_once_when_the_app_is_ready() {
        garbage.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
        assertThat(collections).hasValue(1);

        // Readiness comes and goes (a lost database, a recovery): start-up happens once.
        garbage.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
        garbage.onReadiness(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));

        assertThat(collections).hasValue(1);
    }
}
