package nl.stapwijs.hardware.serial;

/** The byte a serial scanner sends after each code; most ship with CR, some with CR LF. */
public enum Terminator {
    /** Carriage return, 0x0D. A line feed right after it is skipped, so a CR LF scanner works too. */
    CR,
    /** Line feed, 0x0A. A carriage return right before it is dropped, so CR LF works too. */
    LF,
    /** Tab, 0x09, for scanners set up to move between form fields. */
    TAB
}
