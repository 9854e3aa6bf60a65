package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a team's roster, in force from a local date. */
public record TeamRoster(long teamId, int version, LocalDate effectiveFrom, Roster roster, String setBy, Instant setAt) {
}
