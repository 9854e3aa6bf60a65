package nl.stapwijs.coaching;

/** The patterns Stapwijs looks for in a worker's production each week (docs/coaching.md). */
public enum ObservationRule {
    /** Units per productive hour on a task rose by at least the threshold over up to four weeks. */
    TEMPO_UP,
    /** Units per productive hour on a task fell by at least the threshold over up to four weeks. */
    TEMPO_DOWN,
    /** The last sessions on a task at full guidance had no help call: fewer steps may do. */
    NO_HELP_AT_FULL_SUPPORT,
    /** Several help calls this week from the same step of the same instruction version. */
    HELP_FROM_STEP,
    /** The usable share fell below the norm's since a new instruction version was published. */
    QUALITY_BELOW_NORM
}
