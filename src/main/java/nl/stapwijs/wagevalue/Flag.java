package nl.stapwijs.wagevalue;

/** A warning shown beside a figure, so nobody reads more into it than the evidence carries. */
public enum Flag {
    /** The task takes less than 1/16 of the working time or less than 30 minutes per working day. */
    BELOW_MAIN_TASK_THRESHOLD,
    /** More than five tasks meet the main-task threshold; the law assesses at most five. */
    MORE_THAN_FIVE_TASKS,
    /** A task that meets the threshold but is not among the five largest, so not in the wage value. */
    BEYOND_FIVE_MAIN_TASKS,
    /** Fewer than 8 productive hours on a task, or fewer than 3 working days. */
    THIN_EVIDENCE,
    /** Time on a task for which no norm version was in force; left out of the wage value. */
    NO_NORM,
    /** No main task with a norm, so no wage value can be indicated. */
    NO_MAIN_TASK,
    /** A station's clock and its event sequence disagree: some events are out of order in time. */
    CLOCK_OUT_OF_ORDER,
    /** A session had no sign-out in the journal; time after its last event is not counted. */
    SESSION_LEFT_OPEN,
    /** A help call was never marked as given and ended only at sign-out; check with the supervisor. */
    HELP_LEFT_OPEN,
    /** Units or rejects registered while no task was open; they are not in any figure. */
    UNITS_OUTSIDE_SESSION
}
