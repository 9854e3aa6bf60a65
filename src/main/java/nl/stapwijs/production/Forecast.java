package nl.stapwijs.production;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The forecast arithmetic. The pace is the good units of the last {@value #PACE_DAYS} working
 * days (today's hours so far included, and not before work on the order began) divided by the
 * working time in that window; the remaining quantity at that pace is then laid over the
 * coming working hours. Output is counted per clock hour, so the window's edges are exact to
 * the hour.
 */
public final class Forecast {

    /** How many working days the pace looks back over: long enough to even out a slow morning. */
    public static final int PACE_DAYS = 5;
    /** Below this much measured working time the pace says too little. */
    static final Duration MIN_MEASURED = Duration.ofHours(1);
    /** A forecast further away than this is no forecast. */
    private static final int HORIZON_DAYS = 3_660;

    private Forecast() {
    }

    /**
     * @param output    the order's units per clock hour, in any order
     * @param startedAt the order's first journal event, or null if there is none
     */
    public static OrderForecast of(long quantity, LocalDate due, List<HourlyOutput> output, Instant startedAt,
            Instant now, WorkingHours hours) {
        LocalDate today = now.atZone(hours.zone()).toLocalDate();
        List<HourlyOutput> sorted = output.stream().sorted(java.util.Comparator.comparing(HourlyOutput::hour)).toList();
        long made = sorted.stream().mapToLong(HourlyOutput::units).sum();
        if (made >= quantity) {
            LocalDate doneOn = doneOn(sorted, quantity, hours);
            return new OrderForecast(OrderForecast.Status.DONE, made, 0, null, doneOn, doneOn.isAfter(due));
        }
        long remaining = quantity - made;
        boolean overdue = today.isAfter(due);
        if (made == 0) {
            return new OrderForecast(OrderForecast.Status.NOT_STARTED, 0, remaining, null, null, overdue);
        }
        Instant windowStart = hours.startOfWorkingDaysBack(today, PACE_DAYS - 1);
        if (startedAt != null && startedAt.isAfter(windowStart)) {
            windowStart = startedAt;
        }
        Duration measured = hours.between(windowStart, now);
        Instant from = windowStart;
        long recent = sorted.stream().filter(h -> h.hour().plus(Duration.ofHours(1)).isAfter(from) && !h.hour().isAfter(now))
                .mapToLong(HourlyOutput::units).sum();
        if (recent == 0) {
            return new OrderForecast(OrderForecast.Status.STALLED, made, remaining, 0.0, null, overdue);
        }
        if (measured.compareTo(MIN_MEASURED) < 0) {
            return new OrderForecast(OrderForecast.Status.MEASURING, made, remaining, null, null, overdue);
        }
        double perHour = recent / (measured.toSeconds() / 3600.0);
        LocalDate expected = readyOn(remaining / perHour, now, hours);
        return new OrderForecast(OrderForecast.Status.FORECAST, made, remaining, perHour, expected,
                expected == null || expected.isAfter(due));
    }

    /** The day whose working hours finish {@code hoursLeft} of work starting now; null beyond the horizon. */
    static LocalDate readyOn(double hoursLeft, Instant now, WorkingHours hours) {
        double left = hoursLeft;
        LocalDate day = now.atZone(hours.zone()).toLocalDate();
        Instant endOfToday = day.plusDays(1).atStartOfDay(hours.zone()).toInstant();
        left -= hours.onDay(day, now, endOfToday).toSeconds() / 3600.0;
        double perDay = hours.perDay().toSeconds() / 3600.0;
        for (int i = 0; left > 1e-9; i++) {
            if (i > HORIZON_DAYS) {
                return null;
            }
            day = day.plusDays(1);
            if (hours.isWorkingDay(day)) {
                left -= perDay;
            }
        }
        return day;
    }

    private static LocalDate doneOn(List<HourlyOutput> sorted, long quantity, WorkingHours hours) {
        long sum = 0;
        for (HourlyOutput h : sorted) {
            sum += h.units();
            if (sum >= quantity) {
                return h.hour().atZone(hours.zone()).toLocalDate();
            }
        }
        throw new IllegalStateException("not done");
    }
}
