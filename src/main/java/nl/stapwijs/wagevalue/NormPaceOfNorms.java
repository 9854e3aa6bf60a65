package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.util.OptionalDouble;
import nl.stapwijs.production.NormPace;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The floor's norm pace from the norm version in force: one hour over the norm's seconds per unit.
 * Every open floor page asks for every card it updates, hundreds of times a second on a busy
 * floor, so the versions are held in memory and read again only after a new version is stored
 * (norms change only through {@link NormService}, which announces each with {@link NormAdded}).
 */
@Component
class NormPaceOfNorms implements NormPace {

    private final NormService norms;
    private Norms known;

    NormPaceOfNorms(NormService norms) {
        this.norms = norms;
    }

    @Override
    public OptionalDouble unitsPerHour(long taskId, Instant at) {
        Norm norm = current().inForce(taskId, at.toEpochMilli());
        return norm == null ? OptionalDouble.empty() : OptionalDouble.of(3600.0 / norm.secondsPerUnit().doubleValue());
    }

    /** Published after the new version's commit, so the next read includes it. */
    @EventListener
    synchronized void on(NormAdded added) {
        known = null;
    }

    private synchronized Norms current() {
        if (known == null) {
            known = norms.norms();
        }
        return known;
    }
}
