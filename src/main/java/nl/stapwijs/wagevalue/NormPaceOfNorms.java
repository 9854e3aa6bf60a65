package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.util.OptionalDouble;
import nl.stapwijs.production.NormPace;
import org.springframework.stereotype.Component;

/** The floor's norm pace from the norm version in force: one hour over the norm's seconds per unit. */
@Component
class NormPaceOfNorms implements NormPace {

    private final NormService norms;

    NormPaceOfNorms(NormService norms) {
        this.norms = norms;
    }

    @Override
    public OptionalDouble unitsPerHour(long taskId, Instant at) {
        return norms.inForce(taskId, at).map(Norm::secondsPerUnit)
                .map(seconds -> OptionalDouble.of(3600.0 / seconds.doubleValue()))
                .orElse(OptionalDouble.empty());
    }
}
