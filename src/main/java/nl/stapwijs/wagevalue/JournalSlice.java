package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.stapwijs.production.ProductionEvent;

/**
 * Everything needed to recompute a worker's wage value anywhere: the journal events, the
 * roster, the norm versions and, optionally, what the subsidy estimate needs. Written and read
 * as JSON in the format described in docs/wage-value.md.
 *
 * @param format always {@link #FORMAT}; a reader refuses what it does not know
 * @param lks null when no subsidy estimate is wanted
 * @param rosterChanges later versions of the roster, each from a local date; {@code roster} is the
 *        one in force before the first of them. Empty (or absent) when the roster did not change.
 */
public record JournalSlice(
        String format,
        long workerId,
        Instant from,
        Instant to,
        Roster roster,
        List<Norm> norms,
        List<ProductionEvent> events,
        LksSettings lks,
        List<RosterChange> rosterChanges) {

    public static final String FORMAT = "stapwijs-journal-slice/1";

    public JournalSlice {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("Unknown slice format '" + format + "', expected " + FORMAT);
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(roster, "roster");
        norms = List.copyOf(norms);
        events = List.copyOf(events);
        rosterChanges = rosterChanges == null ? List.of() : List.copyOf(rosterChanges);
    }

    /** A slice over which the roster did not change. */
    public JournalSlice(String format, long workerId, Instant from, Instant to, Roster roster, List<Norm> norms,
            List<ProductionEvent> events, LksSettings lks) {
        this(format, workerId, from, to, roster, norms, events, lks, List.of());
    }

    /** The roster versions as the calculator uses them. */
    public RosterTimeline rosterTimeline() {
        java.util.Map<java.time.LocalDate, Roster> versions = new java.util.HashMap<>();
        versions.put(java.time.LocalDate.MIN, roster);
        rosterChanges.forEach(change -> versions.put(change.effectiveFrom(), change.roster()));
        return new RosterTimeline(versions);
    }

    /** A roster version that takes effect on a local date. */
    public record RosterChange(java.time.LocalDate effectiveFrom, Roster roster) {
    }

    /** The contract, the municipality's settings and the parameter table a subsidy estimate uses. */
    public record LksSettings(Employment employment, Municipality municipality, List<LksParameters> parameters) {

        public LksSettings {
            Objects.requireNonNull(employment, "employment");
            Objects.requireNonNull(municipality, "municipality");
            parameters = List.copyOf(parameters);
        }
    }
}
