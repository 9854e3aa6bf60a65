package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Books stretches of time and counts into tallies per task and norm version, clipped to the
 * period. A stretch is cut at local midnight (so each piece belongs to one working day) and at a
 * norm change (so each piece is measured against the norm in force); a break is cut against the
 * roster's windows into its rostered and extra parts.
 */
final class Ledger {

    /** One day of one task under one norm version; task null is time outside any task, version 0 no norm. */
    private record Row(Long taskId, int version, LocalDate day) {
    }

    private final Norms norms;
    private final RosterTimeline roster;
    private final long from;
    private final long to;
    private final Map<Row, Tally> rows = new HashMap<>();
    private final Map<LocalDate, Set<Flag>> flags = new HashMap<>();
    private final Set<LocalDate> workingDays = new HashSet<>();

    private LocalDate day;
    private long dayStart = Long.MAX_VALUE;
    private long dayEnd = Long.MIN_VALUE;
    private long[] windows = new long[0];

    Ledger(Norms norms, RosterTimeline roster, Instant from, Instant to) {
        this.norms = norms;
        this.roster = roster;
        this.from = from.toEpochMilli();
        this.to = to.toEpochMilli();
    }

    /** A break may be passed as either break category: the roster decides which part is which. */
    void book(Long taskId, Category category, long start, long end) {
        long cursor = Math.max(start, from);
        long stop = Math.min(end, to);
        while (cursor < stop) {
            enterDayOf(cursor);
            long pieceEnd = Math.min(stop, dayEnd);
            if (taskId != null) {
                pieceEnd = Math.min(pieceEnd, norms.nextChange(taskId, cursor));
            }
            Tally tally = tally(taskId, cursor);
            long length = pieceEnd - cursor;
            if (category == Category.ROSTERED_BREAK || category == Category.EXTRA_BREAK) {
                long rostered = rosteredWithin(cursor, pieceEnd);
                tally.add(Category.ROSTERED_BREAK, rostered, day);
                tally.add(Category.EXTRA_BREAK, length - rostered, day);
            } else {
                tally.add(category, length, day);
            }
            workingDays.add(day);
            cursor = pieceEnd;
        }
    }

    /** Units and rejects go to the norm version in force at the moment they were registered. */
    void count(long taskId, long at, long good, long rejects) {
        if (inPeriod(at)) {
            enterDayOf(at);
            Tally tally = tally(taskId, at);
            tally.good += good;
            tally.rejects += rejects;
        }
    }

    void helpCall(Long taskId, long at) {
        if (inPeriod(at)) {
            enterDayOf(at);
            tally(taskId, at).helpCalls++;
        }
    }

    /** A warning about a moment; only moments in the period count, on the day they belong to. */
    void flag(Flag flag, long at) {
        if (inPeriod(at)) {
            enterDayOf(at);
            flags.computeIfAbsent(day, d -> EnumSet.noneOf(Flag.class)).add(flag);
        }
    }

    boolean inPeriod(long at) {
        return at >= from && at < to;
    }

    /** Each task × norm version over the whole period. */
    Collection<Tally> taskRows() {
        Map<Row, Tally> merged = new HashMap<>();
        rows.forEach((row, tally) -> {
            if (row.taskId() != null) {
                merged.computeIfAbsent(new Row(row.taskId(), row.version(), null), r -> new Tally(r.taskId(), tally.norm))
                        .absorb(tally);
            }
        });
        return new ArrayList<>(merged.values());
    }

    /** The same time and counts per local day, for the rollups: what a day adds never depends on another day. */
    List<DayTally> dayRows() {
        List<DayTally> days = new ArrayList<>();
        rows.forEach((row, tally) -> days.add(tally.day(row.day(),
                row.taskId() == null ? flags.getOrDefault(row.day(), Set.of()) : Set.of())));
        // A day's flags ride on its row of time outside tasks, made empty where there was none.
        flags.forEach((day, dayFlags) -> {
            if (!rows.containsKey(new Row(null, 0, day))) {
                days.add(new Tally(null, null).day(day, dayFlags));
            }
        });
        return days;
    }

    Set<Flag> flags() {
        Set<Flag> all = EnumSet.noneOf(Flag.class);
        flags.values().forEach(all::addAll);
        return all;
    }

    ZoneId zone() {
        return roster.zone();
    }

    Tally outside() {
        Tally outside = new Tally(null, null);
        rows.forEach((row, tally) -> {
            if (row.taskId() == null) {
                outside.absorb(tally);
            }
        });
        return outside;
    }

    Set<LocalDate> workingDays() {
        return workingDays;
    }

    /** The tally of the current day ({@link #enterDayOf} was called for the moment). */
    private Tally tally(Long taskId, long at) {
        Norm norm = taskId == null ? null : norms.inForce(taskId, at);
        return rows.computeIfAbsent(new Row(taskId, norm == null ? 0 : norm.version(), day), r -> new Tally(taskId, norm));
    }

    private long rosteredWithin(long start, long end) {
        long overlap = 0;
        for (int i = 0; i < windows.length; i += 2) {
            overlap += Math.max(0, Math.min(end, windows[i + 1]) - Math.max(start, windows[i]));
        }
        return overlap;
    }

    private void enterDayOf(long moment) {
        if (moment >= dayStart && moment < dayEnd) {
            return;
        }
        ZoneId zone = roster.zone();
        day = LocalDate.ofInstant(Instant.ofEpochMilli(moment), zone);
        dayStart = day.atStartOfDay(zone).toInstant().toEpochMilli();
        dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<BreakWindow> breaks = roster.breaksOn(day);
        windows = new long[breaks.size() * 2];
        for (int i = 0; i < breaks.size(); i++) {
            windows[2 * i] = day.atTime(breaks.get(i).start()).atZone(zone).toInstant().toEpochMilli();
            windows[2 * i + 1] = day.atTime(breaks.get(i).end()).atZone(zone).toInstant().toEpochMilli();
        }
    }
}
