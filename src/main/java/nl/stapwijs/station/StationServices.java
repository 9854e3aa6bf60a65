package nl.stapwijs.station;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.stapwijs.coaching.SupportLevels;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.workforce.WorkforceService;

/** What every station runtime works with; one instance shared by all stations. */
record StationServices(
        Journal journal,
        WorkforceService workforce,
        InstructionService instructions,
        ProductService products,
        SupportLevels supportLevels,
        Clock clock,
        ZoneId zone) {

    Instant startOfToday() {
        return today().atStartOfDay(zone).toInstant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
