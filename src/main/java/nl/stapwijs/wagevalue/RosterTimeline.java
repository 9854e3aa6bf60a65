package nl.stapwijs.wagevalue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A team's roster versions over time: each takes effect on a local date, and a day is judged by
 * the version in force on it, so a roster change never rewrites the breaks of earlier days.
 */
public final class RosterTimeline {

    private final ZoneId zone;
    private final NavigableMap<LocalDate, Roster> versions;

    public RosterTimeline(Map<LocalDate, Roster> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("A roster timeline needs at least one roster");
        }
        this.versions = new TreeMap<>(versions);
        this.zone = this.versions.firstEntry().getValue().zone();
        if (this.versions.values().stream().anyMatch(r -> !r.zone().equals(zone))) {
            throw new IllegalArgumentException("Every roster version of a team uses the same time zone");
        }
    }

    /** One roster for all time. */
    public static RosterTimeline always(Roster roster) {
        return new RosterTimeline(Map.of(LocalDate.MIN, Objects.requireNonNull(roster, "roster")));
    }

    public ZoneId zone() {
        return zone;
    }

    /** The version in force on a day; before the first one, the first one (a team always had some roster). */
    public Roster on(LocalDate day) {
        Map.Entry<LocalDate, Roster> entry = versions.floorEntry(day);
        return entry == null ? versions.firstEntry().getValue() : entry.getValue();
    }

    public NavigableMap<LocalDate, Roster> versions() {
        return java.util.Collections.unmodifiableNavigableMap(versions);
    }

    List<BreakWindow> breaksOn(LocalDate day) {
        return on(day).breaksOn(day.getDayOfWeek());
    }
}
