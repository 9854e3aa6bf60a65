package nl.stapwijs.production;

import java.time.Instant;
import java.util.OptionalDouble;

/**
 * The pace a task's norm asks for, in units per hour, for the supervisor's floor. Implemented
 * where the norms live (wage value), so production does not depend on it.
 */
@FunctionalInterface
public interface NormPace {

    /** Units per hour of the norm in force at that moment, or empty while the task has no norm. */
    OptionalDouble unitsPerHour(long taskId, Instant at);
}
