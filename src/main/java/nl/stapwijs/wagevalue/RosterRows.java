package nl.stapwijs.wagevalue;

/** A team's roster as the database holds it: one row per version, per rostered day and per break window. */
final class RosterRows {

    private RosterRows() {
    }

    public record Version(long teamId, int version, String effectiveFrom, String zone, String setBy, long setAt) {
    }

    public record Day(long teamId, int version, String weekday, String startTime, String endTime) {
    }

    public record Break(long teamId, int version, String weekday, String startTime, String endTime) {
    }
}
