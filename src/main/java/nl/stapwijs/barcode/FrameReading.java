package nl.stapwijs.barcode;

/** What the server made of one camera frame. */
public sealed interface FrameReading {

    /** A code was in the frame. */
    record Found(String text, Symbology symbology) implements FrameReading {
    }

    /** A picture without a readable code: the usual answer, nothing to show the worker. */
    record NoCode() implements FrameReading {
    }

    /** Not decoded at all: the frame was too big or not a picture (a wrong client, not the worker's doing). */
    record Refused(Reason reason) implements FrameReading {
    }

    enum Reason { TOO_LARGE, NOT_AN_IMAGE }
}
