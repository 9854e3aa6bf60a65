package nl.stapwijs.wagevalue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/** Writes a worker's journal the way a station would, one moment at a time, for tests. */
final class Shift {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final long workerId;
    private final String station;
    private final List<ProductionEvent> events = new ArrayList<>();
    private LocalDate day;
    private LocalTime time = LocalTime.MIDNIGHT;
    private Long taskId;
    private long seq;

    Shift(long workerId, String station, LocalDate day) {
        this.workerId = workerId;
        this.station = station;
        this.day = day;
    }

    Shift on(LocalDate nextDay) {
        day = nextDay;
        return this;
    }

    Shift at(String hhmm) {
        time = LocalTime.parse(hhmm);
        return this;
    }

    Shift after(int minutes) {
        time = time.plusMinutes(minutes);
        return this;
    }

    Shift signIn() {
        taskId = null;
        return add(EventKind.SESSION_STARTED, 0, null);
    }

    Shift task(long task) {
        taskId = task;
        return add(EventKind.SESSION_STARTED, 0, null);
    }

    Shift stepShown(int step) {
        return add(EventKind.STEP_SHOWN, 0, step);
    }

    Shift stepDone(int step) {
        return add(EventKind.STEP_DONE, 0, step);
    }

    Shift units(int quantity) {
        return add(EventKind.UNIT, quantity, null);
    }

    Shift rejects(int count) {
        for (int i = 0; i < count; i++) {
            add(EventKind.REJECT, 1, null);
        }
        return this;
    }

    Shift help() {
        return add(EventKind.HELP_REQUESTED, 0, null);
    }

    Shift helpGiven() {
        return add(EventKind.HELP_GIVEN, 0, null);
    }

    Shift breakStarts() {
        return add(EventKind.BREAK_STARTED, 0, null);
    }

    Shift breakEnds() {
        return add(EventKind.BREAK_ENDED, 0, null);
    }

    Shift downtimeStarts() {
        return add(EventKind.DOWNTIME_STARTED, 0, null);
    }

    Shift downtimeEnds() {
        return add(EventKind.DOWNTIME_ENDED, 0, null);
    }

    Shift signOut() {
        add(EventKind.SESSION_ENDED, 0, null);
        taskId = null;
        return this;
    }

    /** The station ended a session nobody signed out of (the next badge took over, or the day ended). */
    Shift leftOpen() {
        add(EventKind.SESSION_ENDED, 0, null, EventKind.LEFT_OPEN);
        taskId = null;
        return this;
    }

    LocalTime time() {
        return time;
    }

    List<ProductionEvent> events() {
        return List.copyOf(events);
    }

    private Shift add(EventKind kind, int quantity, Integer step) {
        return add(kind, quantity, step, null);
    }

    private Shift add(EventKind kind, int quantity, Integer step, String reason) {
        seq += 10; // room for events a test inserts later, in station order
        var at = day.atTime(time).atZone(AMSTERDAM).toInstant();
        events.add(new ProductionEvent(new UUID(workerId, seq), station, seq, kind, workerId, taskId, null,
                quantity, null, step, reason, at, "test", 0, at));
        return this;
    }
}
