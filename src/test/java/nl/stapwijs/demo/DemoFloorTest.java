package nl.stapwijs.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.FloorService;
import nl.stapwijs.station.StationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFloorTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_workers_sign_in_follow_their_steps_and_count_units_through_the_simulated_panels() {
        try (StationFixture workshop = new StationFixture(dir);
                DemoFloor demo = new DemoFloor(workshop.runtimes, workshop.devices,
                        new FloorService(workshop.journal, workshop.floor), workshop.products, 7L, 5)) {

            demo.start();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (String station : new String[] {"MON-2", "VER-2", "VER-5", "GRO-3"}) {
                    assertThat(workshop.floor.card(station).unitsToday()).as(station).isGreaterThanOrEqualTo(3);
                }
            });
            assertThat(workshop.journalOf("VER-2")).extracting(e -> e.kind())
                    .contains(EventKind.SESSION_STARTED, EventKind.STEP_SHOWN, EventKind.STEP_DONE, EventKind.UNIT)
                    .doesNotContain(EventKind.SCAN_REFUSED);
            assertThat(workshop.journalOf("VER-1")).as("the station the README points newcomers to stays free").isEmpty();
        }
    }
}
