package nl.stapwijs.station;

/** Which screen the station shows. */
public enum Mode {
    SIGN_IN,
    CHOOSE_TASK,
    STEPS,
    PRODUCTION,
    BREAK,
    MY_DAY,
    /** The worker's own progress ("mijn voortgang"), from task choice or my day. */
    PROGRESS
}
