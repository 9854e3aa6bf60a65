package nl.stapwijs.wagevalue;

/** A team's roster got a new version; breaks from its first day on must be judged by it. */
public record RosterChanged(TeamRoster roster) {
}
