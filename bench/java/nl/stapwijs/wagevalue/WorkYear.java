package nl.stapwijs.wagevalue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * A worker's journal as a station writes it, generated day by day for the benchmark: sign-in,
 * a task (a second one after lunch on some days), one scan per unit at the worker's own pace
 * around the norm, rejects, help calls, the three rostered breaks taken a little early or late,
 * instructions on some mornings, now and then downtime, and sign-out. Seeded, so every run
 * generates the same year.
 */
final class WorkYear {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final LocalTime[][] BREAKS = {
            {LocalTime.of(10, 0), LocalTime.of(10, 15)},
            {LocalTime.of(12, 30), LocalTime.of(13, 0)},
            {LocalTime.of(14, 45), LocalTime.of(15, 0)}};

    private final long workerId;
    private final String station;
    private final long firstTask;
    private final long secondTask;
    private final double firstNormSeconds;
    private final double secondNormSeconds;
    private final double pace;
    private final Random random;
    private long seq;
    private List<ProductionEvent> events;
    private Long taskId;

    WorkYear(long workerId, long firstTask, double firstNormSeconds, long secondTask, double secondNormSeconds) {
        this.workerId = workerId;
        this.station = "B-" + workerId;
        this.firstTask = firstTask;
        this.secondTask = secondTask;
        this.firstNormSeconds = firstNormSeconds;
        this.secondNormSeconds = secondNormSeconds;
        this.random = new Random(workerId * 7919L);
        this.pace = 0.45 + random.nextDouble() * 0.6;
    }

    /** The events of the working days in [from, to), each day until {@code until} local time. */
    List<ProductionEvent> days(LocalDate from, LocalDate to, LocalTime until) {
        events = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || random.nextDouble() < 0.06) {
                continue;
            }
            day(day, until);
        }
        return events;
    }

    private void day(LocalDate day, LocalTime until) {
        long end = at(day, until.isBefore(LocalTime.of(16, 30)) ? until : LocalTime.of(16, 30)) + jitter(300);
        long t = at(day, LocalTime.of(8, 30)) + random.nextInt(600_000);
        taskId = null;
        add(EventKind.SESSION_STARTED, t, 0, null);
        t += 5_000 + random.nextInt(55_000);
        taskId = firstTask;
        add(EventKind.SESSION_STARTED, t, 0, null);
        if (random.nextDouble() < 0.15) {
            for (int step = 1; step <= 4; step++) {
                add(EventKind.STEP_SHOWN, t, 0, step);
                t += 20_000 + random.nextInt(70_000);
                add(EventKind.STEP_DONE, t, 0, step);
            }
        }
        boolean switches = random.nextDouble() < 0.4;
        boolean downtime = random.nextDouble() < 0.05;
        int nextBreak = 0;
        while (true) {
            double norm = taskId == firstTask ? firstNormSeconds : secondNormSeconds;
            t += (long) (norm / pace * (0.6 + random.nextDouble() * 0.8) * 1000);
            if (nextBreak < BREAKS.length && t >= at(day, BREAKS[nextBreak][0]) - 60_000) {
                long start = Math.max(t, at(day, BREAKS[nextBreak][0]) + jitter(60));
                if (start >= end) {
                    break;
                }
                add(EventKind.BREAK_STARTED, start, 0, null);
                t = at(day, BREAKS[nextBreak][1]) + jitter(30) + (random.nextDouble() < 0.2 ? random.nextInt(300_000) : 0);
                add(EventKind.BREAK_ENDED, t, 0, null);
                if (nextBreak == 1 && switches) {
                    taskId = secondTask;
                    add(EventKind.SESSION_STARTED, t + 10_000, 0, null);
                }
                nextBreak++;
                continue;
            }
            if (t >= end) {
                break;
            }
            double roll = random.nextDouble();
            if (roll < 0.004) {
                add(EventKind.HELP_REQUESTED, t, 0, null);
                t += 60_000 + random.nextInt(540_000);
                add(EventKind.HELP_GIVEN, t, 0, null);
            } else if (downtime && roll < 0.006) {
                downtime = false;
                add(EventKind.DOWNTIME_STARTED, t, 0, null);
                t += 600_000 + random.nextInt(1_800_000);
                add(EventKind.DOWNTIME_ENDED, t, 0, null);
            } else if (roll < 0.036) {
                add(EventKind.REJECT, t, 1, null);
            } else {
                add(EventKind.UNIT, t, 1, null);
            }
        }
        add(EventKind.SESSION_ENDED, Math.max(t, end), 0, null);
    }

    private long jitter(int seconds) {
        return (random.nextInt(2 * seconds + 1) - seconds) * 1000L;
    }

    private static long at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant().toEpochMilli();
    }

    private void add(EventKind kind, long at, int quantity, Integer step) {
        seq++;
        Instant moment = Instant.ofEpochMilli(at);
        events.add(new ProductionEvent(new UUID(workerId, seq), station, seq, kind, workerId, taskId, null, quantity,
                null, step, kind == EventKind.DOWNTIME_STARTED ? "NO_MATERIAL" : null, moment, "bench", seq, moment));
    }
}
