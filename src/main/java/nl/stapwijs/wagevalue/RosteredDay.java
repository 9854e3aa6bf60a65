package nl.stapwijs.wagevalue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One weekday of a team's roster: working hours and the breaks everyone takes. */
public record RosteredDay(DayOfWeek weekday, LocalTime start, LocalTime end, List<BreakWindow> breaks) {

    public RosteredDay {
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        breaks = breaks.stream().sorted(Comparator.comparing(BreakWindow::start)).toList();
        for (int i = 1; i < breaks.size(); i++) {
            if (breaks.get(i).start().isBefore(breaks.get(i - 1).end())) {
                throw new IllegalArgumentException("Break windows on " + weekday + " overlap: "
                        + breaks.get(i - 1) + " and " + breaks.get(i));
            }
        }
    }
}
