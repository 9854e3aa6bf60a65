package nl.stapwijs.station;

import nl.stapwijs.production.Product;

/** The answer to the latest scan or count, shown (and sounded) once per {@code number}. */
public sealed interface Outcome {

    long number();

    /** A unit is committed to the journal: show ✓, play the short sound, count up. */
    record Confirmed(long number, int quantity, long seq) implements Outcome {
    }

    /** A piece was set aside as a reject: a calm "set aside" and no change to today's count. */
    record Rejected(long number, nl.stapwijs.production.RejectReason reason, long seq) implements Outcome {
    }

    /** An order sheet was scanned: the station works on this order from now on. */
    record OrderStarted(long number, long orderId, String orderCode) implements Outcome {
    }

    /** A badge signed a worker in. */
    record SignedIn(long number, long workerId) implements Outcome {
    }

    /** Nothing counted; {@code expected} is the product to show, if there is one. */
    record Refused(long number, Refusal refusal, Product expected, String shownCode) implements Outcome {
    }
}
