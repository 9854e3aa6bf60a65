package nl.stapwijs.wagevalue;

import java.time.Duration;

/**
 * Signed-in time and how it was spent. The categories do not overlap: at each moment one
 * applies, in the order downtime, break, help, instruction, production (docs/wage-value.md).
 */
public record TimeSpent(
        Duration signedIn,
        Duration rosteredBreaks,
        Duration extraBreaks,
        Duration help,
        Duration instruction,
        Duration downtime) {

    public static final TimeSpent NONE = new TimeSpent(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** PROD: signed-in time minus every break, help, instruction and downtime. */
    public Duration productive() {
        return signedIn.minus(rosteredBreaks).minus(extraBreaks).minus(help).minus(instruction).minus(downtime);
    }

    /** ATTR: the time that can be attributed to the worker; rostered breaks and downtime are not. */
    public Duration attributable() {
        return signedIn.minus(rosteredBreaks).minus(downtime);
    }

    public TimeSpent plus(TimeSpent other) {
        return new TimeSpent(signedIn.plus(other.signedIn), rosteredBreaks.plus(other.rosteredBreaks),
                extraBreaks.plus(other.extraBreaks), help.plus(other.help), instruction.plus(other.instruction),
                downtime.plus(other.downtime));
    }
}
