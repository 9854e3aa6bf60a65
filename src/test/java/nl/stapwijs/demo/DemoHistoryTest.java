package nl.stapwijs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stapwijs.demo.DemoHistory.TaskPlan;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import org.junit.jupiter.api.Test;

class DemoHistoryTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void the_same_seed_gives_the_same_history() {
        List<ProductionEvent> first = generate(2026);
        List<ProductionEvent> second = generate(2026);

        assertThat(first).isEqualTo(second);
        assertThat(generate(2027)).isNotEqualTo(first);
    }

    @Test
    void four_weeks_hold_twenty_working_days_of_plausible_work_for_every_worker() {
        List<ProductionEvent> events = generate(2026);

        Map<Long, Long> daysPerWorker = events.stream().filter(e -> e.kind() == EventKind.UNIT)
                .collect(Collectors.groupingBy(ProductionEvent::workerId,
                        Collectors.mapping(e -> e.occurredAt().atZone(AMSTERDAM).toLocalDate(),
                                Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        assertThat(daysPerWorker).hasSize(12).allSatisfy((worker, days) -> assertThat(days).isBetween(14L, 20L));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.occurredAt().atZone(AMSTERDAM).toLocalDate()).isBefore(TODAY);
            assertThat(e.occurredAt().atZone(AMSTERDAM).getDayOfWeek().getValue()).isLessThan(6);
        });
        assertThat(events).filteredOn(e -> e.kind() == EventKind.UNIT).hasSizeGreaterThan(20_000);
        assertThat(events).extracting(ProductionEvent::kind).contains(EventKind.REJECT, EventKind.HELP_REQUESTED,
                EventKind.HELP_GIVEN, EventKind.DOWNTIME_STARTED, EventKind.STEP_SHOWN, EventKind.BREAK_STARTED);
    }

    @Test
    void no_unit_is_made_during_a_rostered_break() {
        List<ProductionEvent> events = generate(2026);

        assertThat(events).filteredOn(e -> e.kind() == EventKind.UNIT).allSatisfy(e -> {
            LocalTime time = e.occurredAt().atZone(AMSTERDAM).toLocalTime();
            DemoHistory.ROSTERED_BREAKS.forEach(window ->
                    assertThat(time.isAfter(window[0]) && time.isBefore(window[1])).as("unit at %s", time).isFalse());
        });
    }

    @Test
    void each_station_counts_its_events_from_one_without_gaps() {
        Map<String, List<Long>> seqs = generate(2026).stream().collect(Collectors.groupingBy(ProductionEvent::station,
                Collectors.mapping(ProductionEvent::seq, Collectors.toList())));

        seqs.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i)).isEqualTo(i + 1L);
            }
        });
    }

    private static List<ProductionEvent> generate(long seed) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, List<TaskPlan>> plans = new HashMap<>();
        long id = 1;
        for (DemoWorker worker : DemoCatalog.WORKERS) {
            ids.put(worker.badge(), id++);
            plans.put(worker.badge(), List.of(new TaskPlan(1, 1, 5, 40), new TaskPlan(2, 2, 4, 90)));
        }
        return new DemoHistory(seed, AMSTERDAM).generate(TODAY, 28, DemoCatalog.WORKERS, ids, plans);
    }
}
