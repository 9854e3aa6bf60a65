package nl.stapwijs.station;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.coaching.SupportLevels;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.OrderService;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.production.TaskUnits;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;

/** What every station runtime works with; one instance shared by all stations. */
record StationServices(
        Journal journal,
        WorkforceService workforce,
        InstructionService instructions,
        ProductService products,
        OrderService orders,
        SupportLevels supportLevels,
        Clock clock,
        ZoneId zone) {

    Instant startOfToday() {
        return today().atStartOfDay(zone).toInstant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** A worker's units on one task today, from the journal. */
    long unitsToday(long workerId, long taskId) {
        return journal.unitsByTask(workerId, startOfToday()).stream()
                .filter(u -> u.taskId() == taskId).mapToLong(TaskUnits::units).sum();
    }

    /** What a worker made today, per task, in their own words. */
    List<DayLine> myDay(Worker worker) {
        List<DayLine> lines = new ArrayList<>();
        for (TaskUnits units : journal.unitsByTask(worker.id(), startOfToday())) {
            instructions.task(units.taskId(), worker.language()).ifPresent(task -> lines.add(new DayLine(task, units.units())));
        }
        return lines;
    }
}
