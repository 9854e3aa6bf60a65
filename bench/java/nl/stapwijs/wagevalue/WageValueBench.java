package nl.stapwijs.wagevalue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;

/**
 * The wage-value period table for a whole company, and one worker's year from raw events.
 *
 * <p>{@code ./stapwijs bench wagevalue [workers]} (default 3,000): generates a year of journal per
 * worker ({@link WorkYear}), rolls every complete day up the way the rollup job does (the same
 * calculator, the same rows in wage_value_day; the events of the year are replayed in memory
 * rather than first stored, which would take the journal a hundred million rows), stores today's
 * events in the journal for real (the table measures them from there), and times the company
 * table for the year and for a month. Then it stores one worker's year in the journal and times
 * the calculation from raw events, and the rollup job for that worker.
 */
public final class WageValueBench {

    private static final int TEAM_SIZE = 15;
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        Path dir = Files.createDirectories(Path.of("target", "bench", "wagevalue-" + System.currentTimeMillis()));
        try (WageValueFixture f = new WageValueFixture(dir)) {
            run(f, workers);
        }
    }

    private static void run(WageValueFixture f, int count) {
        LocalDate today = LocalDate.ofInstant(f.workshop.clock.instant(), f.zone);
        LocalDate first = today.minusYears(1);
        Period year = new Period(first, today.plusDays(1));
        Period month = new Period(today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1));
        List<Task> tasks = f.workshop.instructions.tasks();
        double[] normSeconds = {90, 60, 120, 45, 150};
        List<Worker> workers = workers(f, count);
        f.withRosters();
        for (int i = 0; i < tasks.size(); i++) {
            f.norm(tasks.get(i).code(), String.valueOf((int) normSeconds[i % normSeconds.length]),
                    Instant.parse("2025-01-01T00:00:00Z"));
        }
        Norms norms = f.norms.norms();
        System.out.printf(Locale.ROOT, "Wage-value period table: %,d workers, %s to %s (today until %s)%n",
                workers.size(), year.from(), year.lastDay(), LocalTime.ofInstant(f.workshop.clock.instant(), f.zone));

        long start = System.nanoTime();
        long events = 0;
        long rows = 0;
        long workerDays = 0;
        long todays = 0;
        List<ProductionEvent> tail = new ArrayList<>();
        for (Worker worker : workers) {
            WorkYear work = work(worker, tasks, normSeconds);
            List<ProductionEvent> history = work.days(first, today, LocalTime.MAX);
            events += history.size();
            WageValueCalculator calculator = new WageValueCalculator(norms, f.rosters.timeline(worker.teamId()));
            List<DayRow> days = calculator.days(worker.id(), startOf(f, first), startOf(f, today), history).stream()
                    .map(t -> DayRow.of(worker.id(), t)).toList();
            rows += days.size();
            workerDays += days.stream().map(DayRow::day).distinct().count();
            f.workshop.database.writeVoid(tx -> {
                RollupRepository rollups = tx.attach(RollupRepository.class);
                rollups.insert(days);
                rollups.sumMonths(worker.id(), first.withDayOfMonth(1).toString(), today.plusMonths(1).withDayOfMonth(1)
                        .toString());
            });
            tail.addAll(work.days(today, today.plusDays(1), LocalTime.ofInstant(f.workshop.clock.instant(), f.zone)));
            if (tail.size() > 20_000) {
                todays += f.workshop.journal.store(tail);
                tail.clear();
            }
        }
        todays += f.workshop.journal.store(tail);
        f.workshop.database.writeVoid(tx -> tx.attach(RollupRepository.class).rollThrough(today.minusDays(1).toString()));
        System.out.printf(Locale.ROOT, "  generated %,d events for the %,d complete worker-days (%,.0f per worker-day) "
                + "and rolled them up into %,d day rows in %.0f s; %,d events of today stored in the journal%n", events,
                workerDays, events / (double) workerDays, rows, seconds(start), todays);

        // Services that read the watermark just written (the fixture's cached it before).
        WageValueRollups rollups = new WageValueRollups(f.workshop.database, f.workshop.journal, f.workshop.workforce,
                f.norms, f.rosters, f.workshop.clock, f.properties);
        WageValueService wageValue = new WageValueService(f.workshop.database, f.workshop.journal, f.workshop.workforce,
                f.norms, f.rosters, rollups, f.audit, new SubsidySettings(new Settings(f.workshop.database), f.workshop.database,
                f.audit, f.workshop.clock, f.properties),
                f.workshop.clock, f.properties);
        long job = System.nanoTime();
        rollups.catchUp();
        System.out.printf(Locale.ROOT, "  the rollup job's run for today so far: %.1f s%n", seconds(job));

        Viewer admin = f.viewer("beheer");
        time("  company table, the year, today from the rollups", () -> wageValue.table(admin, year).rows().size());
        time("  company table, last month", () -> wageValue.table(admin, month).rows().size());
        time("  company table, the year until yesterday", () -> wageValue.table(admin, new Period(first, today))
                .rows().size());
        Viewer supervisor = f.viewer("begeleider");
        time("  a supervisor's own teams, the year, today from the journal", () -> wageValue.table(supervisor, year)
                .rows().size());
        Worker one = workers.get(workers.size() / 2);
        time("  one worker's page, the year", () -> wageValue.measurement(admin, one.id(), year).orElseThrow()
                .workingDays());

        single(f, wageValue, rollups, workers.get(0), tasks, normSeconds, first, today);
    }

    /** One worker's year stored in the journal: the calculation from raw events, and the rollup job. */
    private static void single(WageValueFixture f, WageValueService wageValue, WageValueRollups rollups, Worker worker,
            List<Task> tasks, double[] normSeconds, LocalDate first, LocalDate today) {
        List<ProductionEvent> history = work(worker, tasks, normSeconds).days(first, today, LocalTime.MAX);
        f.workshop.journal.store(history);
        Instant from = startOf(f, first);
        Instant to = startOf(f, today);
        System.out.printf(Locale.ROOT, "Single worker, a year from raw events: %,d events%n", history.size());
        WageValueCalculator calculator = new WageValueCalculator(f.norms.norms(), f.rosters.timeline(worker.teamId()));
        time("  read the year from the journal", () -> f.workshop.journal.ofWorker(worker.id(), from, to).size());
        time("  calculate (sort and replay in memory)", () -> calculator.measure(worker.id(), from, to, history)
                .workingDays());
        time("  read and calculate", () -> calculator.measure(worker.id(), from, to,
                f.workshop.journal.ofWorker(worker.id(), from, to)).workingDays());
        Measurement raw = calculator.measure(worker.id(), from, to, f.workshop.journal.ofWorker(worker.id(), from, to));
        Measurement rolled = wageValue.measurement(f.viewer("beheer"), worker.id(),
                new Period(first, today)).orElseThrow();
        System.out.println("  the rolled-up figures equal the raw calculation: " + raw.equals(rolled)
                + " (wage value " + raw.wageValuePercent() + " %)");
        time("  the rollup job rolling this worker's year up again", () -> rollups.rollUp(worker.id(), first, today));
    }

    private static List<Worker> workers(WageValueFixture f, int count) {
        List<Site> sites = f.workshop.workforce.sites();
        List<Worker> workers = new ArrayList<>();
        long team = 0;
        for (int i = 0; i < count; i++) {
            if (i % TEAM_SIZE == 0) {
                team = f.workshop.workforce.addTeam(sites.get(i / TEAM_SIZE % sites.size()).id(), "Bench " + i / TEAM_SIZE);
            }
            Scheme scheme = Scheme.values()[i % Scheme.values().length];
            long id = f.workshop.workforce.addWorker(new Worker(0, "B-" + (10_000 + i), "Werker", "Nummer " + i, team,
                    "nl", "1F642", scheme, 32, false, true));
            workers.add(f.workshop.workforce.worker(id).orElseThrow());
        }
        return workers;
    }

    private static WorkYear work(Worker worker, List<Task> tasks, double[] normSeconds) {
        int a = (int) (worker.id() % tasks.size());
        int b = (a + 1) % tasks.size();
        return new WorkYear(worker.id(), tasks.get(a).id(), normSeconds[a], tasks.get(b).id(), normSeconds[b]);
    }

    private static void time(String what, java.util.function.IntSupplier run) {
        double[] runs = new double[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            size = run.getAsInt();
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        double first = runs[0];
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "%s (%,d): first %.0f ms, median %.0f ms, best %.0f ms of %d runs%n", what, size,
                first, runs[RUNS / 2], runs[0], RUNS);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Instant startOf(WageValueFixture f, LocalDate day) {
        return day.atStartOfDay(f.zone).toInstant();
    }
}
