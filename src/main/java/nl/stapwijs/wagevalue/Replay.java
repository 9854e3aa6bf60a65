package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * Walks one worker's journal in time order, once, and books the time between two events by
 * what the worker was doing: signed in or not, on which task, and whether on a break, waiting
 * for help, in the instructions or stopped by downtime.
 */
final class Replay {

    private final long workerId;
    private final Ledger ledger;
    private final Map<String, Long> lastSeq = new HashMap<>();

    private boolean signedIn;
    private String station;
    private Long taskId;
    private boolean onBreak;
    private boolean waitingForHelp;
    private boolean inInstructions;
    private boolean stoppedByDowntime;
    private long since;

    Replay(long workerId, Ledger ledger) {
        this.workerId = workerId;
        this.ledger = ledger;
    }

    /** @param journal the worker's events, sorted by {@link WageValueCalculator#JOURNAL_ORDER} */
    Set<Flag> run(List<ProductionEvent> journal) {
        for (ProductionEvent event : journal) {
            if (concernsWorker(event)) {
                checkClock(event);
                long at = event.occurredAt().toEpochMilli();
                if (signedIn && leavesSessionOpen(event, at)) {
                    ledger.flag(Flag.SESSION_LEFT_OPEN, since);
                    reset();
                }
                bookUntil(at);
                apply(event, at);
            }
        }
        if (signedIn) {
            ledger.flag(Flag.SESSION_LEFT_OPEN, since);
        }
        return ledger.flags();
    }

    /**
     * The station ended a session nobody signed out of, or the worker signed in afresh at another
     * station or on a later day while still signed in (a station restarted overnight): when they
     * stopped is unknown, so the session ends at its last event and the gap is nobody's working time.
     */
    private boolean leavesSessionOpen(ProductionEvent event, long at) {
        if (event.kind() == EventKind.SESSION_ENDED) {
            return EventKind.LEFT_OPEN.equals(event.reason());
        }
        return event.kind() == EventKind.SESSION_STARTED && event.taskId() == null
                && (!event.station().equals(station) || !localDay(at).equals(localDay(since)));
    }

    private LocalDate localDay(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ledger.zone());
    }

    /** Own events; an event without a worker (a supervisor's "help given") only at the worker's station. */
    private boolean concernsWorker(ProductionEvent event) {
        if (event.workerId() != null) {
            return event.workerId() == workerId;
        }
        return signedIn && Objects.equals(event.station(), station);
    }

    private void checkClock(ProductionEvent event) {
        Long previous = lastSeq.put(event.station(), event.seq());
        if (previous != null && previous > event.seq()) {
            ledger.flag(Flag.CLOCK_OUT_OF_ORDER, event.occurredAt().toEpochMilli());
        }
    }

    private void bookUntil(long at) {
        if (signedIn && at > since) {
            ledger.book(taskId, category(), since, at);
        }
        since = Math.max(since, at);
    }

    private Category category() {
        if (stoppedByDowntime) {
            return Category.DOWNTIME;
        }
        if (onBreak) {
            return Category.EXTRA_BREAK;
        }
        if (waitingForHelp) {
            return Category.HELP;
        }
        return inInstructions ? Category.INSTRUCTION : Category.PRODUCTIVE;
    }

    private void apply(ProductionEvent event, long at) {
        switch (event.kind()) {
            case SESSION_STARTED -> startSegment(event);
            case SESSION_ENDED -> signOut(at);
            case STEP_SHOWN -> inInstructions = signedIn && taskId != null;
            case STEP_DONE -> inInstructions = false;
            case UNIT -> register(at, Math.max(0, event.quantity()), 0);
            case REJECT -> register(at, 0, Math.max(1, event.quantity()));
            case HELP_REQUESTED -> callForHelp(at);
            case HELP_GIVEN -> waitingForHelp = false;
            case BREAK_STARTED -> {
                onBreak = signedIn;
                inInstructions = false;
            }
            case BREAK_ENDED -> onBreak = false;
            case DOWNTIME_STARTED -> stoppedByDowntime = signedIn;
            case DOWNTIME_ENDED -> stoppedByDowntime = false;
            case SCAN_REFUSED -> { }
        }
    }

    /** Without a task: signed in and choosing. With one: working on it from now, a switch if already on another. */
    private void startSegment(ProductionEvent event) {
        if (event.taskId() == null || !signedIn) {
            reset();
        }
        signedIn = true;
        station = event.station();
        taskId = event.taskId();
        onBreak = false;
        inInstructions = false;
    }

    private void signOut(long at) {
        if (waitingForHelp) {
            ledger.flag(Flag.HELP_LEFT_OPEN, at);
        }
        reset();
    }

    private void reset() {
        signedIn = false;
        station = null;
        taskId = null;
        onBreak = false;
        waitingForHelp = false;
        inInstructions = false;
        stoppedByDowntime = false;
    }

    private void register(long at, long good, long rejects) {
        inInstructions = false;
        onBreak = false;
        if (signedIn && taskId != null) {
            ledger.count(taskId, at, good, rejects);
        } else {
            ledger.flag(Flag.UNITS_OUTSIDE_SESSION, at);
        }
    }

    private void callForHelp(long at) {
        if (signedIn && !waitingForHelp) {
            waitingForHelp = true;
            ledger.helpCall(taskId, at);
        }
    }
}
