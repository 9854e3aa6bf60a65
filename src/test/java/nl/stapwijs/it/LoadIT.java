package nl.stapwijs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short load run in the test command: 200 stations scanning once a second against one
 * all-in-one process, with live floor pages open. The long run (30 minutes, 50 floor pages)
 * is {@code ./stapwijs bench load}.
 */
class LoadIT {

    @Test
    void two_hundred_stations_scanning_every_second_stay_fast_and_the_floor_keeps_up() throws Exception {
        LoadRun.Result result = LoadRun.run(200, Integer.getInteger("stapwijs.load.floors", 5),
                Duration.ofSeconds(Long.getLong("stapwijs.load.seconds", 45)));

        System.out.println(result);
        assertThat(result.failures()).isZero();
        assertThat(result.scans()).isGreaterThan(200L * 40);
        assertThat(result.p99Ms()).as("p99 scan -> confirmed (ms)").isLessThan(50);
        assertThat(result.floorSamples()).isGreaterThan(100);
        assertThat(result.floorP99Ms()).as("p99 floor delay (ms)").isLessThan(1_000);
    }
}
