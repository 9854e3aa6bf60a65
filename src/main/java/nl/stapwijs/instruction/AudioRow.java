package nl.stapwijs.instruction;

/** The read-aloud file of one published step in one language, and what made it. */
public record AudioRow(long stepId, String language, String file, String engine, String voice) {
}
