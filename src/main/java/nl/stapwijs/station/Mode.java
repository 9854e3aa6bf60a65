package nl.stapwijs.station;

/** Which screen the station shows. */
public enum Mode {
    SIGN_IN,
    CHOOSE_TASK,
    STEPS,
    PRODUCTION,
    BREAK,
    /** Work stands still for a reason outside the worker: no material, a machine, no work. */
    DOWNTIME,
    MY_DAY,
    /** The worker's own progress ("mijn voortgang"), from task choice or my day. */
    PROGRESS
}
