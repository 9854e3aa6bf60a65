package nl.stapwijs.coaching;

import java.time.LocalDate;

/** A review conversation: what was said and what was agreed. */
public record Review(long id, long workerId, LocalDate heldOn, String summary, String agreements, String heldBy) {
}
