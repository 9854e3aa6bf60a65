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
 * version (table wage_value_day). Days after the watermark are measured from the journal. An
 * event that arrives late for a day already rolled up (a station that was offline) marks that
 * worker's day for another run; a backdated first norm or roster moves the watermark back.
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
        return database.onReader(RollupRepository.class).rolledThrough().map(LocalDate::parse);
    }

    @EventListener
    public void on(EventRecorded recorded) {
        ProductionEvent event = recorded.event();
        LocalDate day = LocalDate.ofInstant(event.occurredAt(), zone);
        Optional<LocalDate> through = rolledThrough();
        if (event.workerId() != null && through.isPresent() && !day.isAfter(through.get())) {
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

    /** Every ten minutes: late days first, then any complete day not yet rolled up. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
    public synchronized int catchUp() {
        LocalDate yesterday = LocalDate.now(clock.withZone(zone)).minusDays(1);
        Optional<LocalDate> oldest = journal.oldest().map(at -> LocalDate.ofInstant(at, zone));
        if (oldest.isEmpty()) {
            return 0;
        }
        int rolled = 0;
        Optional<LocalDate> through = rolledThrough();
        for (Long workerId : List.copyOf(lateDays.keySet())) {
            LocalDate from = lateDays.remove(workerId);
            LocalDate to = through.orElse(from).plusDays(1);
            if (from.isBefore(to)) {
                rolled += rollUp(workerId, max(from, oldest.get()), to);
            }
        }
        LocalDate start = through.map(d -> d.plusDays(1)).orElse(oldest.get());
        start = max(start, oldest.get());
        for (LocalDate from = start; !from.isAfter(yesterday); from = from.plusDays(BATCH_DAYS)) {
            LocalDate to = min(from.plusDays(BATCH_DAYS), yesterday.plusDays(1));
            for (Long workerId : journal.workersBetween(startOf(from), startOf(to))) {
                rolled += rollUp(workerId, from, to);
            }
            LocalDate last = to.minusDays(1);
            database.writeVoid(tx -> tx.attach(RollupRepository.class).rollThrough(last.toString()));
        }
        if (rolled > 0) {
            log.info("Wage-value rollups: {} worker-days rolled up through {}", rolled, yesterday);
        }
        return rolled;
    }

    /** Replays one worker's journal for [from, to) and replaces those days' rows. Returns the days with work. */
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
        });
        return (int) rows.stream().map(DayRow::day).distinct().count();
    }

    private synchronized void moveBack(LocalDate day) {
        Optional<LocalDate> through = rolledThrough();
        if (through.isPresent() && day.isBefore(through.get().plusDays(1))) {
            String before = day.minusDays(1).toString();
            database.writeVoid(tx -> tx.attach(RollupRepository.class).rollThrough(before));
        }
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
