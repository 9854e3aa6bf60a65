package nl.stapwijs.wagevalue;

import java.time.LocalTime;
import java.util.Objects;

/** A rostered break on the team's working day, in local time, e.g. 12:30–13:00 for lunch. */
public record BreakWindow(LocalTime start, LocalTime end) {

    public BreakWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A break window ends after it starts: " + start + "–" + end);
        }
    }
}
