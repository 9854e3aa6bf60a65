package nl.stapwijs.coaching;

/**
 * How much guidance the station gives a worker on a task. Support fades as the worker learns:
 * a coach or supervisor moves the level, the station follows it from the next task start.
 */
public enum SupportLevel {
    /** Every step on the screen at each task start, read aloud. */
    FULL_GUIDANCE(1),
    /** Straight to production, with a large "show steps" button. */
    STEPS_ON_REQUEST(2),
    /** Production only. */
    PRODUCTION_ONLY(3);

    /** What a worker gets while nobody has set a level: the most support. */
    public static final SupportLevel DEFAULT = FULL_GUIDANCE;

    private final int number;

    SupportLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static SupportLevel of(int number) {
        for (SupportLevel level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("No support level " + number);
    }

    /** How the level is written on a SESSION_STARTED event, so the journal says what the station followed. */
    public String journalReason() {
        return "SUPPORT_" + number;
    }

    /** The level a SESSION_STARTED event's reason names, or null when it names none (older events). */
    public static SupportLevel fromJournal(String reason) {
        if (reason == null || !reason.startsWith("SUPPORT_")) {
            return null;
        }
        return of(Integer.parseInt(reason.substring("SUPPORT_".length())));
    }
}
