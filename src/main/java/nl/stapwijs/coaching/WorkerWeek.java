package nl.stapwijs.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import nl.stapwijs.production.ProductionEvent;

/**
 * One worker's week as the observation rules read it: the week (Monday, company zone), the
 * worker's journal reaching back far enough for every rule, and their support-level history.
 */
record WorkerWeek(long workerId, LocalDate monday, ZoneId zone, List<ProductionEvent> journal, SupportHistory support) {

    /** How far back the rules read: ten sessions on a task can span several weeks. */
    static final int WEEKS_BACK = 8;

    private static final Comparator<ProductionEvent> ORDER = Comparator.comparing(ProductionEvent::occurredAt)
            .thenComparing(ProductionEvent::station).thenComparingLong(ProductionEvent::seq);

    WorkerWeek {
        journal = journal.stream().filter(e -> e.workerId() != null && e.workerId() == workerId).sorted(ORDER).toList();
    }

    Instant start() {
        return start(monday);
    }

    Instant end() {
        return start(monday.plusWeeks(1));
    }

    Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    boolean inWeek(Instant moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }
}
