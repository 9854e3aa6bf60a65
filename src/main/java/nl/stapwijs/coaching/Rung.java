package nl.stapwijs.coaching;

/** The six rungs of the Participatieladder (VNG/Divosa); texts in COACHING.md and the message bundles. */
public enum Rung {
    ISOLATED(1),
    SOCIAL_CONTACTS(2),
    ORGANISED_ACTIVITIES(3),
    UNPAID_WORK(4),
    PAID_WORK_WITH_SUPPORT(5),
    PAID_WORK(6);

    private final int number;

    Rung(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Rung of(int number) {
        for (Rung rung : values()) {
            if (rung.number == number) {
                return rung;
            }
        }
        throw new IllegalArgumentException("No rung " + number + " on the Participatieladder");
    }
}
