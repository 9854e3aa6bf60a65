package nl.stapwijs.coaching;

/** How well a worker masters a task (COACHING.md); always a person's decision, never computed. */
public enum SkillLevel {
    NOT_TRAINED,
    LEARNING,
    SUPERVISED,
    INDEPENDENT,
    TEACHES;

    public int number() {
        return ordinal();
    }

    public static SkillLevel of(int number) {
        if (number < 0 || number >= values().length) {
            throw new IllegalArgumentException("No skill level " + number);
        }
        return values()[number];
    }

    /** From level 3 on, the worker has learned the task: what their own progress screen counts. */
    public boolean learned() {
        return this.compareTo(INDEPENDENT) >= 0;
    }
}
