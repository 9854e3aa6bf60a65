package nl.stapwijs.station;

import nl.stapwijs.production.Product;

/** The answer to the latest scan or count, shown (and sounded) once per {@code number}. */
public sealed interface Outcome {

    long number();

    /** A unit is committed to the journal: show ✓, play the short sound, count up. */
    record Confirmed(long number, int quantity, long seq) implements Outcome {
    }

    /** A badge signed a worker in. */
    record SignedIn(long number, long workerId) implements Outcome {
    }

    /** Nothing counted; {@code expected} is the product to show, if there is one. */
    record Refused(long number, Refusal refusal, Product expected, String shownCode) implements Outcome {
    }
}
