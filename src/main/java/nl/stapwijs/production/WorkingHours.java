package nl.stapwijs.production;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the company works, for planning: the weekdays and the hours of a working day in its
 * zone. Forecasts measure and project output in this time only, so nights and weekends
 * neither dilute the rate nor count as time to finish in.
 */
public record WorkingHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {

    /** Monday to Friday, 08:30 to 16:30: the demo workshop's day. */
    public static WorkingHours weekdays(ZoneId zone) {
        return new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30),
                LocalTime.of(16, 30), zone);
    }

    public WorkingHours {
        days = Set.copyOf(days);
        if (days.isEmpty() || !end.isAfter(start)) {
            throw new IllegalArgumentException("Working hours need at least one day and an end after the start");
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek());
    }

    public Duration perDay() {
        return Duration.between(start, end);
    }

    /** Working time between two moments. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(to.atZone(zone).toLocalDate());
                day = day.plusDays(1)) {
            total = total.plus(onDay(day, from, to));
        }
        return total;
    }

    /** The part of a day's working hours that lies between two moments. */
    Duration onDay(LocalDate day, Instant from, Instant to) {
        if (!isWorkingDay(day)) {
            return Duration.ZERO;
        }
        Instant dayStart = day.atTime(start).atZone(zone).toInstant();
        Instant dayEnd = day.atTime(end).atZone(zone).toInstant();
        Instant a = from.isAfter(dayStart) ? from : dayStart;
        Instant b = to.isBefore(dayEnd) ? to : dayEnd;
        return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
    }

    /** The start of the working day {@code count} working days before the given day (0: that day, if it is one). */
    Instant startOfWorkingDaysBack(LocalDate day, int count) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        for (int left = count; left > 0; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d.atTime(start).atZone(zone).toInstant();
    }
}
