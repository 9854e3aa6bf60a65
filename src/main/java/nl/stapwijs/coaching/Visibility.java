package nl.stapwijs.coaching;

/**
 * Who may read a log entry besides its author. Each step widens the one before: what the worker
 * was told is not kept from their supervisor.
 */
public enum Visibility {
    /** The worker's coaches only. */
    COACH,
    /** Coaches and the supervisors of the worker's team. */
    SUPERVISOR,
    /** Coaches, supervisors and the worker, on their own progress screen in easy-read form. */
    WORKER;

    public boolean reaches(Visibility audience) {
        return compareTo(audience) >= 0;
    }
}
