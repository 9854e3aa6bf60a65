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
    SCAN_REFUSED
}
