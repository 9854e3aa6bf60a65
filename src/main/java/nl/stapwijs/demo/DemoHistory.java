package nl.stapwijs.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.stapwijs.base.UuidV7;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * Generates weeks of plausible journal history: each worker at their own station on
 * working days, with rostered and extra breaks, help calls, rejects, downtime, instruction
 * steps at the start of a session, a pace that varies and for some slowly improves. The
 * same seed and the same "today" give the same events.
 */
final class DemoHistory {

    /** The demo roster's breaks: not counted against anyone. */
    static final List<LocalTime[]> ROSTERED_BREAKS = List.of(
            new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(10, 15)},
            new LocalTime[] {LocalTime.of(12, 30), LocalTime.of(13, 0)},
            new LocalTime[] {LocalTime.of(14, 45), LocalTime.of(15, 0)});

    private static final String[] DOWNTIME_REASONS = {"NO_MATERIAL", "MACHINE", "NO_WORK"};
    /** Workers whose pace grows at least this much also need less help as the weeks go by. */
    private static final double FAST_LEARNER = 0.15;
    /** The step of every demo instruction that asks most of people (screws, flaps, the rake). */
    private static final int HARD_STEP = 3;

    private final Random random;
    private final ZoneId zone;
    private final Map<String, Long> seqs = new HashMap<>();
    private final List<ProductionEvent> events = new ArrayList<>();

    DemoHistory(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
    }

    /**
     * @param tasksOfWorker task ids a worker may do (first is their usual task), with the version and step count
     */
    List<ProductionEvent> generate(LocalDate today, int days, List<DemoWorker> workers, Map<String, Long> workerIds,
            Map<String, List<TaskPlan>> tasksOfWorker) {
        for (int back = days; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            double progress = (days - back) / (double) Math.max(1, days - 1);
            for (DemoWorker worker : workers) {
                if (random.nextDouble() < 0.07) {
                    continue; // sick, leave, training elsewhere
                }
                workDay(day, progress, worker, workerIds.get(worker.badge()), tasksOfWorker.get(worker.badge()));
            }
        }
        return events;
    }

    /** A task the generator can assign: the task id, its published version and steps, the norm. */
    record TaskPlan(long taskId, long versionId, int steps, int normSeconds) {
    }

    private void workDay(LocalDate day, double progress, DemoWorker worker, long workerId, List<TaskPlan> tasks) {
        String station = worker.station();
        // Those who learn fast need help less and less, until by the last weeks they manage alone.
        double helpPerHour = worker.helpPerHour() * (worker.growth() >= FAST_LEARNER ? Math.max(0, 1 - 2 * progress) : 1);
        long t = at(day, LocalTime.of(8, 30)) + gaussianMinutes(6);
        double hoursPerDay = worker.contractHours() / 5.0;
        long end = at(day, LocalTime.of(8, 30)) + (long) ((hoursPerDay + 0.9) * 3_600_000) + gaussianMinutes(8);
        long lunchSwitch = at(day, LocalTime.of(13, 0));
        boolean switched = false;

        add(station, t, EventKind.SESSION_STARTED, workerId, null, null, 0, null, null, null);
        TaskPlan task = tasks.get(random.nextDouble() < 0.8 ? 0 : Math.min(1, tasks.size() - 1));
        t = startTask(station, t + 15_000, workerId, task, worker.pace() < 0.7 || random.nextDouble() < 0.2, helpPerHour);

        boolean downtimeToday = random.nextDouble() < 0.15;
        long downtimeAt = at(day, LocalTime.of(9, 0)) + random.nextInt(5 * 3_600_000);
        boolean extraBreakToday = random.nextDouble() < 0.3;
        long extraBreakAt = at(day, LocalTime.of(9, 15)) + random.nextInt(5 * 3_600_000);

        double pace = worker.pace() * (1 + worker.growth() * progress);
        while (t < end) {
            if (!switched && t >= lunchSwitch && tasks.size() > 1 && random.nextDouble() < 0.3) {
                switched = true;
                task = tasks.get(task == tasks.get(0) ? 1 : 0);
                t = startTask(station, t, workerId, task, true, helpPerHour);
            }
            double seconds = task.normSeconds() / pace * Math.exp(random.nextGaussian() * 0.25);
            boolean help = random.nextDouble() < helpPerHour * seconds / 3600.0;
            long helpMillis = help ? (2 + random.nextInt(10)) * 60_000L : 0;
            long[] rostered = rosteredBreakBetween(day, t, t + helpMillis + (long) (seconds * 1000));
            if (rostered != null) {
                add(station, rostered[0], EventKind.BREAK_STARTED, workerId, task.taskId(), null, 0, null, null, null);
                t = rostered[1] + Math.abs(gaussianMinutes(1));
                add(station, t, EventKind.BREAK_ENDED, workerId, task.taskId(), null, 0, null, null, null);
                continue;
            }
            if (extraBreakToday && t >= extraBreakAt) {
                extraBreakToday = false;
                add(station, t, EventKind.BREAK_STARTED, workerId, task.taskId(), null, 0, null, null, null);
                t += (6 + random.nextInt(10)) * 60_000L;
                add(station, t, EventKind.BREAK_ENDED, workerId, task.taskId(), null, 0, null, null, null);
                continue;
            }
            if (downtimeToday && t >= downtimeAt) {
                downtimeToday = false;
                String reason = DOWNTIME_REASONS[random.nextInt(DOWNTIME_REASONS.length)];
                add(station, t, EventKind.DOWNTIME_STARTED, workerId, task.taskId(), null, 0, null, null, reason);
                t += (10 + random.nextInt(30)) * 60_000L;
                add(station, t, EventKind.DOWNTIME_ENDED, workerId, task.taskId(), null, 0, null, null, reason);
                continue;
            }
            if (help) {
                add(station, t, EventKind.HELP_REQUESTED, workerId, task.taskId(), null, 0, null, null, null);
                t += helpMillis;
                add(station, t, EventKind.HELP_GIVEN, workerId, task.taskId(), null, 0, null, null, null);
            }
            t += (long) (seconds * 1000);
            if (t >= end) {
                break;
            }
            boolean reject = random.nextDouble() < worker.rejectRate();
            add(station, t, reject ? EventKind.REJECT : EventKind.UNIT, workerId, task.taskId(), task.versionId(),
                    1, null, null, reject ? "QUALITY" : null);
        }
        add(station, end, EventKind.SESSION_ENDED, workerId, task.taskId(), null, 0, null, null, null);
    }

    private long startTask(String station, long t, long workerId, TaskPlan task, boolean withSteps, double helpPerHour) {
        add(station, t, EventKind.SESSION_STARTED, workerId, task.taskId(), task.versionId(), 0, null, null, null);
        if (!withSteps) {
            return t + 2_000;
        }
        for (int step = 1; step <= task.steps(); step++) {
            t += 2_000;
            add(station, t, EventKind.STEP_SHOWN, workerId, task.taskId(), task.versionId(), 0, null, step, null);
            t += 8_000 + random.nextInt(30_000);
            // Every instruction has one step people get stuck on; help is asked from that step.
            if (step == HARD_STEP && random.nextDouble() < helpPerHour * 0.8) {
                add(station, t, EventKind.HELP_REQUESTED, workerId, task.taskId(), task.versionId(), 0, null, step, null);
                t += (1 + random.nextInt(3)) * 60_000L;
                add(station, t, EventKind.HELP_GIVEN, workerId, task.taskId(), null, 0, null, null, null);
            }
            add(station, t, EventKind.STEP_DONE, workerId, task.taskId(), task.versionId(), 0, null, step, null);
        }
        return t + 2_000;
    }

    /** The part of a rostered break that overlaps a stretch of work, as {start, end}, or null. */
    private long[] rosteredBreakBetween(LocalDate day, long from, long to) {
        for (LocalTime[] window : ROSTERED_BREAKS) {
            long start = at(day, window[0]);
            long end = at(day, window[1]);
            if (start < to && end > from) {
                return new long[] {Math.max(start, from), end};
            }
        }
        return null;
    }

    private void add(String station, long millis, EventKind kind, Long workerId, Long taskId, Long version,
            int quantity, String code, Integer step, String reason) {
        long seq = seqs.merge(station, 1L, Long::sum);
        Instant when = Instant.ofEpochMilli(millis);
        events.add(new ProductionEvent(UuidV7.at(millis, random), station, seq, kind, workerId, taskId, version,
                quantity, code, step, reason, when, "demo", 0, when));
    }

    private long at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant().toEpochMilli();
    }

    private long gaussianMinutes(double sigma) {
        return (long) (random.nextGaussian() * sigma * 60_000);
    }
}
