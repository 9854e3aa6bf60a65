package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Collection;
import nl.stapwijs.production.ProductionEvent;

/**
 * Computes a worker's measured wage value for a period from the journal, the team's roster and
 * the norm versions: pure, no database, the same answer for the same input in any order.
 * One sort and one pass over the events, so a year of a worker's journal computes quickly.
 */
public final class WageValueCalculator {

    /**
     * Time order; at the same moment a station's own sequence decides. Ties across stations
     * are broken by station code so the order never depends on how the journal was read.
     */
    static final Comparator<ProductionEvent> JOURNAL_ORDER = Comparator
            .comparing(ProductionEvent::occurredAt)
            .thenComparing(ProductionEvent::station, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(ProductionEvent::seq)
            .thenComparing(ProductionEvent::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Norms norms;
    private final RosterTimeline roster;

    public WageValueCalculator(Norms norms, Roster roster) {
        this(norms, RosterTimeline.always(roster));
    }

    /** With a team's roster versions: each day's breaks are judged by the roster in force that day. */
    public WageValueCalculator(Norms norms, RosterTimeline roster) {
        this.norms = Objects.requireNonNull(norms, "norms");
        this.roster = Objects.requireNonNull(roster, "roster");
    }

    /**
     * @param from start of the period, inclusive
     * @param to end of the period, exclusive
     * @param journal the worker's events; to know what the worker was doing when the period
     *        starts and ends, it should reach from their last sign-in before {@code from} to their
     *        first sign-out after {@code to}. Events of other workers are ignored.
     */
    public Measurement measure(long workerId, Instant from, Instant to, List<ProductionEvent> journal) {
        Ledger ledger = replay(workerId, from, to, journal);
        return new MeasurementBuilder(ledger, ledger.flags()).build(workerId, from, to);
    }

    /**
     * The same replay, kept per local day (the rollups): each day's time and counts per task and
     * norm version, and its flags. {@link #fromDays} turns any set of days back into the measurement.
     */
    public List<DayTally> days(long workerId, Instant from, Instant to, List<ProductionEvent> journal) {
        return replay(workerId, from, to, journal).dayRows();
    }

    /** The measurement of a period from its days; equal to {@link #measure} over the same journal. */
    public Measurement fromDays(long workerId, Instant from, Instant to, Collection<DayTally> days) {
        return MeasurementBuilder.fromDays(workerId, from, to, roster.zone(), norms, days);
    }

    /** The measurement from month rollups and days, each day in one tally or none. */
    Measurement fromMonths(long workerId, Instant from, Instant to, Collection<MonthTally> months) {
        return MeasurementBuilder.fromMonths(workerId, from, to, roster.zone(), norms, months);
    }

    private Ledger replay(long workerId, Instant from, Instant to, List<ProductionEvent> journal) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + to);
        }
        List<ProductionEvent> ordered = journal.stream().sorted(JOURNAL_ORDER).toList();
        Ledger ledger = new Ledger(norms, roster, from, to);
        new Replay(workerId, ledger).run(ordered);
        return ledger;
    }
}
