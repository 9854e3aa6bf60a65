package nl.stapwijs.wagevalue.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.wagevalue.WageValueRollups;

/**
 * A known working day for one demo worker, a few days ago (after the demo norms took effect),
 * synced into the shared test workshop like a late station would, and rolled up.
 */
final class DemoWeek {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DemoWeek() {
    }

    /** The weekday four to six days ago. */
    static LocalDate day() {
        LocalDate day = LocalDate.now(ZONE).minusDays(4);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** 08:00–16:00 on one task: 400 units, 8 rejects, one help call of 12 minutes, lunch. */
    static void store(Journal journal, WageValueRollups rollups, long workerId, long taskId, String station) {
        LocalDate day = day();
        List<ProductionEvent> events = new ArrayList<>();
        add(events, station, day, "08:00", EventKind.SESSION_STARTED, workerId, null, 0);
        add(events, station, day, "08:01", EventKind.SESSION_STARTED, workerId, taskId, 0);
        add(events, station, day, "10:00", EventKind.UNIT, workerId, taskId, 150);
        add(events, station, day, "10:30", EventKind.HELP_REQUESTED, workerId, taskId, 0);
        add(events, station, day, "10:42", EventKind.HELP_GIVEN, workerId, taskId, 0);
        add(events, station, day, "12:30", EventKind.BREAK_STARTED, workerId, taskId, 0);
        add(events, station, day, "13:00", EventKind.BREAK_ENDED, workerId, taskId, 0);
        add(events, station, day, "14:00", EventKind.UNIT, workerId, taskId, 150);
        for (int i = 0; i < 8; i++) {
            add(events, station, day, "14:3" + i, EventKind.REJECT, workerId, taskId, 1);
        }
        add(events, station, day, "15:55", EventKind.UNIT, workerId, taskId, 100);
        add(events, station, day, "16:00", EventKind.SESSION_ENDED, workerId, taskId, 0);
        journal.storeSynced(events, Instant.now(), 0);
        rollups.catchUp();
    }

    private static void add(List<ProductionEvent> events, String station, LocalDate day, String time, EventKind kind,
            long worker, Long task, int quantity) {
        Instant at = day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
        long seq = events.size() + 1;
        events.add(new ProductionEvent(UUID.nameUUIDFromBytes((station + day + seq).getBytes()), station, seq, kind,
                worker, task, null, quantity, null, null, null, at, "test", 0, at));
    }
}
