package nl.stapwijs.wagevalue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/**
 * A worker's measured wage value for the people allowed to see it: supervisors for their own
 * teams, coaches for their caseload, assessors for the workers and periods granted, admins for
 * all. Every read of a worker's figures is written to the audit log (subject WAGE_VALUE).
 * Complete months and days come from the rollups, later days from the journal; both give the
 * same figures. A table of more than a hundred workers takes today from the rollups too, as of
 * the job's last run, because replaying today's journal of a whole company takes seconds.
 */
@Service
public class WageValueService {

    public static final String AUDIT_SUBJECT = "WAGE_VALUE";
    /** More workers than this: today's journal is read in one query instead of one per worker. */
    private static final int FEW_WORKERS = 100;

    private final Database database;
    private final Journal journal;
    private final WorkforceService workforce;
    private final NormService norms;
    private final RosterService rosters;
    private final WageValueRollups rollups;
    private final AuditLog audit;
    private final SubsidySettings subsidy;
    private final Clock clock;
    private final ZoneId zone;

    public WageValueService(Database database, Journal journal, WorkforceService workforce, NormService norms,
            RosterService rosters, WageValueRollups rollups, AuditLog audit, SubsidySettings subsidy, Clock clock,
            StapwijsProperties properties) {
        this.database = database;
        this.journal = journal;
        this.workforce = workforce;
        this.norms = norms;
        this.rosters = rosters;
        this.rollups = rollups;
        this.audit = audit;
        this.subsidy = subsidy;
        this.clock = clock;
        this.zone = properties.zone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The period table: every worker the viewer may see, one audit entry each. */
    public PeriodTable table(Viewer viewer, Period period) {
        List<Worker> workers = workforce.visibleWorkers(viewer).stream()
                .filter(w -> viewer.maySeeEvidence(w, period.from(), period.lastDay(), clock.instant())).toList();
        audit.recordAll(viewer.username(), AuditAction.READ, AUDIT_SUBJECT, workers.stream().map(Worker::id).toList(),
                "period table " + period);
        return measureAll(workers, period, workers.size() > FEW_WORKERS);
    }

    /** One worker's measurement, empty when the worker or the period is outside the viewer's scope. */
    public Optional<Measurement> measurement(Viewer viewer, long workerId, Period period) {
        return visible(viewer, workerId, period).map(worker -> {
            audit.record(viewer.username(), AuditAction.READ, AUDIT_SUBJECT, workerId, "measurement " + period);
            return measure(worker, period);
        });
    }

    /** The journal events behind a worker's figures (the drill-down), in time order. */
    public List<ProductionEvent> events(Viewer viewer, long workerId, Period period) {
        return visible(viewer, workerId, period).map(worker -> {
            audit.record(viewer.username(), AuditAction.READ, AUDIT_SUBJECT, workerId, "events " + period);
            return journal.ofWorker(workerId, period.start(zone), period.end(zone)).stream()
                    .sorted(WageValueCalculator.JOURNAL_ORDER).toList();
        }).orElse(List.of());
    }

    /** The worker's figures per week of the period, for the trend chart. */
    public List<Measurement> trend(Viewer viewer, long workerId, Period period) {
        return visible(viewer, workerId, period).map(worker -> {
            audit.record(viewer.username(), AuditAction.READ, AUDIT_SUBJECT, workerId, "trend " + period);
            return weeks(worker, period);
        }).orElse(List.of());
    }

    /** The period in weeks from its first day (the last one may be shorter), each measured on its own. */
    List<Measurement> weeks(Worker worker, Period period) {
        List<Measurement> weeks = new ArrayList<>();
        for (LocalDate from = period.from(); from.isBefore(period.to()); from = from.plusWeeks(1)) {
            LocalDate to = from.plusWeeks(1).isAfter(period.to()) ? period.to() : from.plusWeeks(1);
            weeks.add(measure(worker, new Period(from, to)));
        }
        return weeks;
    }

    /**
     * Everything needed to recompute the worker's figures anywhere: the journal (a day either
     * side of the period), the team's roster versions, every norm version and, for subsidised
     * workers, the subsidy settings and parameters. What the recompute command reads.
     */
    public Optional<JournalSlice> slice(Viewer viewer, long workerId, Period period) {
        return visible(viewer, workerId, period).map(worker -> {
            audit.record(viewer.username(), AuditAction.EXPORT, AUDIT_SUBJECT, workerId, "journal slice " + period);
            return sliceOf(worker, period);
        });
    }

    /** The full calculation as JSON, exactly as {@link Recompute} prints it for the same slice. */
    public Optional<String> recompute(Viewer viewer, long workerId, Period period) {
        return slice(viewer, workerId, period).map(s -> Recompute.calculation(s, s.from(), s.to()));
    }

    /** The subsidy estimate beside a measurement, for subsidised workers with a wage value. */
    public Optional<LksEstimate> subsidyEstimate(Worker worker, Period period, Measurement measurement) {
        if (!subsidy.applies(worker) || measurement.wageValuePercent() == null) {
            return Optional.empty();
        }
        JournalSlice slice = new JournalSlice(JournalSlice.FORMAT, worker.id(), period.start(zone), period.end(zone),
                new Roster(zone, List.of()), List.of(), List.of(), subsidy.forSlice(worker));
        return Optional.ofNullable(Recompute.estimate(slice, measurement));
    }

    JournalSlice sliceOf(Worker worker, Period period) {
        List<TeamRoster> versions = rosters.versions(worker.teamId());
        Roster first = versions.isEmpty() ? new Roster(zone, List.of()) : versions.get(0).roster();
        List<JournalSlice.RosterChange> changes = versions.stream().skip(1)
                .map(v -> new JournalSlice.RosterChange(v.effectiveFrom(), v.roster())).toList();
        List<ProductionEvent> events = journal.ofWorker(worker.id(), startOf(period.from().minusDays(1)),
                startOf(period.to().plusDays(1)));
        return new JournalSlice(JournalSlice.FORMAT, worker.id(), period.start(zone), period.end(zone), first,
                norms.norms().versions(), events, subsidy.applies(worker) ? subsidy.forSlice(worker) : null, changes);
    }

    /** A worker the viewer may see for the whole period, or empty. */
    public Optional<Worker> visible(Viewer viewer, long workerId, Period period) {
        return workforce.worker(workerId)
                .filter(w -> viewer.maySeeEvidence(w, period.from(), period.lastDay(), clock.instant()));
    }

    Measurement measure(Worker worker, Period period) {
        return measureAll(List.of(worker), period, false).rows().get(0).measurement();
    }

    /**
     * Rolled-up months and days from the rollups, the days after them replayed from the journal
     * (or, for a company-wide table, today so far from the rollups when the job has rolled it up).
     */
    private PeriodTable measureAll(List<Worker> workers, Period period, boolean todayFromRollups) {
        Norms all = norms.norms();
        LocalDate through = rollups.rolledThrough().orElse(period.from().minusDays(1));
        LocalDate split = through.plusDays(1).isBefore(period.from()) ? period.from()
                : through.plusDays(1).isAfter(period.to()) ? period.to() : through.plusDays(1);
        List<Long> ids = workers.stream().map(Worker::id).toList();
        Map<Long, List<MonthTally>> months = new HashMap<>();
        workers.forEach(w -> months.put(w.id(), new ArrayList<>()));
        Consumer<MonthRow> collect = row -> months.get(row.workerId()).add(row.tally());
        if (split.isAfter(period.from()) && !workers.isEmpty()) {
            rolledUp(ids, period.from(), split, collect);
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Instant todayAsOf = null;
        if (todayFromRollups && split.equals(today) && period.to().isAfter(today)) {
            todayAsOf = rollups.todayRolledAt().orElse(null);
        }
        if (todayAsOf != null) {
            rolledDays(database.onReader(RollupRepository.class), ids, today, today.plusDays(1), collect);
        }
        boolean replayTail = todayAsOf == null && split.isBefore(period.to());
        Map<Long, List<ProductionEvent>> tail = replayTail ? journalTail(workers, split, period.to()) : Map.of();
        Map<Long, WageValueCalculator> calculators = new HashMap<>();
        List<WorkerFigures> figures = new ArrayList<>(workers.size());
        for (Worker worker : workers) {
            WageValueCalculator calculator = calculators.computeIfAbsent(worker.teamId(),
                    team -> new WageValueCalculator(all, rosters.timeline(team)));
            List<MonthTally> own = months.get(worker.id());
            if (replayTail) {
                calculator.days(worker.id(), startOf(split), period.end(zone), tail.getOrDefault(worker.id(), List.of()))
                        .forEach(day -> own.add(MonthTally.of(day)));
            }
            figures.add(new WorkerFigures(worker,
                    calculator.fromMonths(worker.id(), period.start(zone), period.end(zone), own)));
        }
        return new PeriodTable(figures, todayAsOf);
    }

    /**
     * The rollups of [from, to): whole months from the month rows, the days at either end summed
     * per month by the database. Month rows are only used for months rolled up to their last day.
     */
    private void rolledUp(List<Long> workers, LocalDate from, LocalDate to, Consumer<MonthRow> each) {
        RollupRepository repository = database.onReader(RollupRepository.class);
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endOfWhole = to.withDayOfMonth(1);
        if (!firstWhole.isBefore(endOfWhole)) {
            rolledDays(repository, workers, from, to, each);
            return;
        }
        repository.months(workers, firstWhole.toString().substring(0, 7), endOfWhole.toString().substring(0, 7), each);
        if (from.isBefore(firstWhole)) {
            rolledDays(repository, workers, from, firstWhole, each);
        }
        if (endOfWhole.isBefore(to)) {
            rolledDays(repository, workers, endOfWhole, to, each);
        }
    }

    private static void rolledDays(RollupRepository repository, List<Long> workers, LocalDate from, LocalDate to,
            Consumer<MonthRow> each) {
        repository.daysByMonth(workers, from.toString(), to.toString(), each);
        repository.flagsOf(workers, from.toString(), to.toString(), each);
    }

    /** The journal of the days after the rollups, a day either side so sessions across midnight are whole. */
    private Map<Long, List<ProductionEvent>> journalTail(List<Worker> workers, LocalDate from, LocalDate to) {
        Instant start = startOf(from.minusDays(1));
        Instant end = startOf(to.plusDays(1));
        Map<Long, List<ProductionEvent>> byWorker = new HashMap<>();
        if (workers.size() <= FEW_WORKERS) {
            workers.forEach(w -> byWorker.put(w.id(), journal.ofWorker(w.id(), start, end)));
            return byWorker;
        }
        for (ProductionEvent event : journal.between(start, end)) {
            byWorker.computeIfAbsent(event.workerId(), k -> new ArrayList<>()).add(event);
        }
        return byWorker;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
