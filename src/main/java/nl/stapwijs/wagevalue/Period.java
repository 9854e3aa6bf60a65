package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** A measured period of whole local days: {@code from} inclusive, {@code to} exclusive. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + to);
        }
    }

    /** The last day in the period. */
    public LocalDate lastDay() {
        return to.minusDays(1);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return to.atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
