package nl.stapwijs.instruction;

/** A version of a task's instruction: version 0 is the draft, published ones count from 1. */
public record VersionRow(long id, long taskId, int version, String status, Long publishedAt, String publishedBy) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String RETIRED = "RETIRED";

    public boolean isDraft() {
        return DRAFT.equals(status);
    }
}
