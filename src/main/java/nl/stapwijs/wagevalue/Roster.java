package nl.stapwijs.wagevalue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A team's roster: the days it works, and the break windows that tell a rostered break (not
 * counted against anyone) from an extra one. A break on a day that is not rostered is extra for
 * its whole length.
 */
public record Roster(ZoneId zone, List<RosteredDay> days) {

    public Roster {
        Objects.requireNonNull(zone, "zone");
        days = List.copyOf(days);
        if (days.stream().map(RosteredDay::weekday).distinct().count() != days.size()) {
            throw new IllegalArgumentException("A roster names each weekday at most once");
        }
    }

    /** The same hours and breaks on each of the given weekdays. */
    public static Roster of(ZoneId zone, Set<DayOfWeek> weekdays, LocalTime start, LocalTime end,
            List<BreakWindow> breaks) {
        Map<DayOfWeek, RosteredDay> days = new EnumMap<>(DayOfWeek.class);
        weekdays.forEach(d -> days.put(d, new RosteredDay(d, start, end, breaks)));
        return new Roster(zone, List.copyOf(days.values()));
    }

    List<BreakWindow> breaksOn(DayOfWeek weekday) {
        for (RosteredDay day : days) {
            if (day.weekday() == weekday) {
                return day.breaks();
            }
        }
        return List.of();
    }
}
