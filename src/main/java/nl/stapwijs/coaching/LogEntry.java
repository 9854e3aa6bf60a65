package nl.stapwijs.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A dated note in a worker's development log.
 *
 * @param workerText the easy-read words the worker sees when the entry is shared with them; null
 *                   when the note itself is written that way
 * @param workerAudio the read-aloud audio of those words ({@code media:} file), once made; only for notes
 *                    shared with the worker
 */
public record LogEntry(long id, long workerId, LocalDate writtenOn, String text, String workerText,
        Visibility visibility, Set<Tag> tags, String author, Instant createdAt, List<Attachment> attachments,
        String workerAudio) {

    /** What the worker's own screen shows. */
    public String forWorker() {
        return workerText == null || workerText.isBlank() ? text : workerText;
    }
}
