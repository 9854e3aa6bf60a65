package nl.stapwijs.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.FloorService;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.production.RejectReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rejects and downtime at a station: journalled with their reasons, and no count ever lost. */
class StationRuntimeDowntimeTest {

    @TempDir
    Path dir;

    StationFixture fixture;
    StationRuntime station;

    @BeforeEach
    void open() {
        fixture = new StationFixture(dir);
        station = fixture.station("VER-1");
        station.scan("P-1005");
        station.chooseTask(fixture.taskId("VOUWEN"));
        while (station.state().mode() == Mode.STEPS) {
            station.next();
        }
        station.scan(fixture.productCode("VOUWEN"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void a_reject_sets_one_scan_aside_with_its_reason_and_keeps_todays_count() {
        station.open(StationState.Menu.REJECT);
        assertThat(station.state().menu()).isEqualTo(StationState.Menu.REJECT);

        station.reject(RejectReason.DAMAGED);

        ProductionEvent reject = last(EventKind.REJECT);
        assertThat(reject.reason()).isEqualTo("DAMAGED");
        assertThat(reject.quantity()).isEqualTo(1);
        assertThat(reject.taskId()).isEqualTo(fixture.taskId("VOUWEN"));
        assertThat(station.state().unitsToday()).isEqualTo(1);
        assertThat(station.state().menu()).isNull();
        assertThat(station.state().outcome()).isInstanceOf(Outcome.Rejected.class);
        assertThat(fixture.floor.card("VER-1").unitsToday()).isEqualTo(1);
    }

    @Test
    void a_menu_closed_with_back_writes_nothing() {
        int before = fixture.journalOf("VER-1").size();

        station.open(StationState.Menu.DOWNTIME);
        station.open(null);

        assertThat(station.state().menu()).isNull();
        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(fixture.journalOf("VER-1")).hasSize(before);
    }

    @Test
    void downtime_is_journalled_with_its_reason_shown_on_the_floor_and_ended_by_the_worker() {
        station.startDowntime(DowntimeReason.NO_MATERIAL);

        assertThat(station.state().mode()).isEqualTo(Mode.DOWNTIME);
        assertThat(last(EventKind.DOWNTIME_STARTED).reason()).isEqualTo("NO_MATERIAL");
        assertThat(fixture.floor.card("VER-1").downtimeReason()).isEqualTo("NO_MATERIAL");

        fixture.clock.advance(Duration.ofMinutes(20));
        station.endDowntime();

        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(last(EventKind.DOWNTIME_ENDED).reason()).isEqualTo("NO_MATERIAL");
        assertThat(fixture.floor.card("VER-1").downtimeReason()).isNull();
    }

    @Test
    void a_scan_during_downtime_counts_and_ends_the_downtime_first() {
        station.startDowntime(DowntimeReason.MACHINE);

        Outcome outcome = station.scan(fixture.productCode("VOUWEN"));

        assertThat(outcome).isInstanceOf(Outcome.Confirmed.class);
        assertThat(station.state().unitsToday()).isEqualTo(2);
        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(kinds()).containsSubsequence(EventKind.DOWNTIME_STARTED, EventKind.DOWNTIME_ENDED, EventKind.UNIT);
    }

    @Test
    void signing_out_during_downtime_ends_it_in_the_journal() {
        station.startDowntime(DowntimeReason.NO_WORK);

        station.signOut();

        assertThat(kinds()).containsSubsequence(EventKind.DOWNTIME_STARTED, EventKind.DOWNTIME_ENDED,
                EventKind.SESSION_ENDED);
    }

    @Test
    void downtime_a_supervisor_starts_on_the_floor_shows_at_the_station_and_ends_there_too() {
        FloorService floor = new FloorService(fixture.journal, fixture.floor);

        floor.startDowntime("VER-1", DowntimeReason.MACHINE);
        assertThat(station.state().mode()).isEqualTo(Mode.DOWNTIME);
        assertThat(station.state().downtime()).isEqualTo(DowntimeReason.MACHINE);
        assertThat(last(EventKind.DOWNTIME_STARTED).workerId()).isEqualTo(station.state().worker().id());

        floor.endDowntime("VER-1");
        assertThat(station.state().mode()).isEqualTo(Mode.PRODUCTION);
        assertThat(kinds()).filteredOn(k -> k == EventKind.DOWNTIME_ENDED).hasSize(1);
    }

    @Test
    void a_restarted_station_is_still_in_downtime() {
        station.startDowntime(DowntimeReason.NO_MATERIAL);

        StationState restored = fixture.restarted().runtime("VER-1").orElseThrow().state();

        assertThat(restored.mode()).isEqualTo(Mode.DOWNTIME);
        assertThat(restored.downtime()).isEqualTo(DowntimeReason.NO_MATERIAL);
    }

    private List<EventKind> kinds() {
        return fixture.journalOf("VER-1").stream().map(ProductionEvent::kind).toList();
    }

    private ProductionEvent last(EventKind kind) {
        List<ProductionEvent> all = fixture.journalOf("VER-1").stream().filter(e -> e.kind() == kind).toList();
        return all.get(all.size() - 1);
    }
}
