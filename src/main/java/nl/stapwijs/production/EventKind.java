package nl.stapwijs.production;

public enum EventKind {
    SESSION_STARTED,
    SESSION_ENDED,
    STEP_SHOWN,
    STEP_DONE,
    UNIT,
    REJECT,
    HELP_REQUESTED,
    HELP_GIVEN,
    BREAK_STARTED,
    BREAK_ENDED,
    DOWNTIME_STARTED,
    DOWNTIME_ENDED,
    SCAN_REFUSED;

    /**
     * The reason on a SESSION_ENDED that the station wrote for someone who never signed out
     * (the next badge took over, or the day ended): when they stopped is not known, so their
     * time ends at their last event before it.
     */
    public static final String LEFT_OPEN = "LEFT_OPEN";
}
