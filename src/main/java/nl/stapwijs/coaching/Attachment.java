package nl.stapwijs.coaching;

/** A photo kept with a log entry; {@code file} names it in the photo store, never a path. */
public record Attachment(long id, long entryId, String file, int width, int height, long sizeBytes) {
}
