package nl.stapwijs.wagevalue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.production.EventRecorded;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the wage-value rollups: every complete day up to yesterday, per worker, task and norm
 * version (table wage_value_day), and the sum of each month of them (wage_value_month). Days
 * after the watermark are measured from the journal. An event that arrives late for a day
 * already rolled up (a station that was offline) marks that worker's day for another run; a
 * backdated first norm or roster moves the watermark back. Each run also rolls up today so far,
 * which only the company-wide table uses (see {@link WageValueService}).
 */
@Component
public class WageValueRollups {

    private static final Logger log = LoggerFactory.getLogger(WageValueRollups.class);
    /** Days replayed per run and worker: bounded memory, and the journal query stays on its index. */
    private static final int BATCH_DAYS = 31;

    private final Database database;
    private final Journal journal;
    private final WorkforceService workforce;
    private final NormService norms;
    private final RosterService rosters;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<Long, LocalDate> lateDays = new ConcurrentHashMap<>();
    /** The watermark as last read or written; every journal event checks it, so it is not read each time. */
    private volatile Optional<LocalDate> through;

    public WageValueRollups(Database database, Journal journal, WorkforceService workforce, NormService norms,
            RosterService rosters, Clock clock, StapwijsProperties properties) {
        this.database = database;
        this.journal = journal;
        this.workforce = workforce;
        this.norms = norms;
        this.rosters = rosters;
        this.clock = clock;
        this.zone = properties.zone();
    }

    /** The last day rolled up for everyone, if any. */
    public Optional<LocalDate> rolledThrough() {
        Optional<LocalDate> known = through;
        if (known == null) {
            known = database.onReader(RollupRepository.class).rolledThrough().map(LocalDate::parse);
            through = known;
        }
        return known;
    }

    private void rollThrough(LocalDate day) {
        database.writeVoid(tx -> tx.attach(RollupRepository.class).rollThrough(day.toString()));
        through = Optional.of(day);
    }

    @EventListener
    public void on(EventRecorded recorded) {
        ProductionEvent event = recorded.event();
        LocalDate day = LocalDate.ofInstant(event.occurredAt(), zone);
        Optional<LocalDate> rolled = rolledThrough();
        if (event.workerId() != null && rolled.isPresent() && !day.isAfter(rolled.get())) {
            lateDays.merge(event.workerId(), day, (a, b) -> a.isBefore(b) ? a : b);
        }
    }

    @EventListener
    public void on(NormAdded added) {
        moveBack(LocalDate.ofInstant(added.norm().effectiveFrom(), zone));
    }

    @EventListener
    public void on(RosterChanged changed) {
        moveBack(changed.roster().effectiveFrom());
    }

    /** When today was last rolled up so far, if it was. */
    public Optional<Instant> todayRolledAt() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return database.onReader(RollupRepository.class).todayRolledAt(today.toString()).map(Instant::ofEpochMilli);
    }

    /** Every ten minutes: late days first, then any complete day not yet rolled up, then today so far. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    public synchronized int catchUp() {
        int rolled = catchUpDays();
        rollUpToday();
        return rolled;
    }

    private int catchUpDays() {
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        Optional<LocalDate> oldest = journal.oldest().map(at -> LocalDate.ofInstant(at, zone));
        if (oldest.isEmpty()) {
            return 0;
        }
        int rolled = 0;
        Optional<LocalDate> watermark = rolledThrough();
        for (Long workerId : List.copyOf(lateDays.keySet())) {
            LocalDate from = lateDays.remove(workerId);
            LocalDate to = watermark.orElse(from).plusDays(1);
            if (from.isBefore(to)) {
                rolled += rollUp(workerId, max(from, oldest.get()), to);
            }
        }
        LocalDate start = watermark.map(d -> d.plusDays(1)).orElse(oldest.get());
        start = max(start, oldest.get());
        for (LocalDate from = start; !from.isAfter(yesterday); from = from.plusDays(BATCH_DAYS)) {
            LocalDate to = min(from.plusDays(BATCH_DAYS), yesterday.plusDays(1));
            for (Long workerId : journal.workersBetween(startOf(from), startOf(to))) {
                rolled += rollUp(workerId, from, to);
            }
            rollThrough(to.minusDays(1));
        }
        if (watermark.isEmpty() && start.isAfter(yesterday)) {
            // A journal that starts today: the days before it are rolled up, there being nothing in them.
            rollThrough(yesterday);
        }
        if (rolled > 0) {
            log.info("Wage-value rollups: {} worker-days rolled up through {}", rolled, yesterday);
        }
        return rolled;
    }

    /**
     * Today's events so far, rolled up for everyone who has any, once the complete days are. The
     * moment is taken before reading, so nothing registered after it is claimed to be in.
     */
    private void rollUpToday() {
        Instant at = clock.instant();
        LocalDate today = LocalDate.ofInstant(at, zone);
        if (!rolledThrough().map(d -> d.equals(today.minusDays(1))).orElse(false)) {
            return;
        }
        for (Long workerId : journal.workersBetween(startOf(today), startOf(today.plusDays(1)))) {
            rollUp(workerId, today, today.plusDays(1));
        }
        database.writeVoid(tx -> tx.attach(RollupRepository.class).rolledToday(today.toString(), at.toEpochMilli()));
    }

    /**
     * Replays one worker's journal for [from, to) and replaces those days' rows and the sums of
     * the months they are in. Returns the days with work.
     */
    int rollUp(long workerId, LocalDate from, LocalDate to) {
        Optional<Worker> worker = workforce.worker(workerId);
        if (worker.isEmpty()) {
            return 0;
        }
        // A session may start the evening before and end the morning after: replay a day around.
        List<ProductionEvent> events = journal.ofWorker(workerId, startOf(from.minusDays(1)), startOf(to.plusDays(1)));
        WageValueCalculator calculator = new WageValueCalculator(norms.norms(), rosters.timeline(worker.get().teamId()));
        List<DayRow> rows = calculator.days(workerId, startOf(from), startOf(to), events).stream()
                .map(t -> DayRow.of(workerId, t)).toList();
        database.writeVoid(tx -> {
            RollupRepository rollups = tx.attach(RollupRepository.class);
            rollups.clear(workerId, from.toString(), to.toString());
            if (!rows.isEmpty()) {
                rollups.insert(rows);
            }
            LocalDate firstMonth = from.withDayOfMonth(1);
            LocalDate lastMonth = to.minusDays(1).withDayOfMonth(1);
            rollups.clearMonths(workerId, month(firstMonth), month(lastMonth));
            rollups.sumMonths(workerId, firstMonth.toString(), lastMonth.plusMonths(1).toString());
        });
        return (int) rows.stream().map(DayRow::day).distinct().count();
    }

    private synchronized void moveBack(LocalDate day) {
        Optional<LocalDate> rolled = rolledThrough();
        if (rolled.isPresent() && day.isBefore(rolled.get().plusDays(1))) {
            rollThrough(day.minusDays(1));
        }
    }

    private static String month(LocalDate first) {
        return first.toString().substring(0, 7);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
