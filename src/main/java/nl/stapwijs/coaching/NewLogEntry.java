package nl.stapwijs.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A note as the editor hands it over, with the photos uploaded with it (raw bytes, checked on store). */
public record NewLogEntry(LocalDate writtenOn, String text, String workerText, Visibility visibility, Set<Tag> tags,
        List<byte[]> photos) {

    public NewLogEntry {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A note needs words");
        }
        if (writtenOn == null || visibility == null) {
            throw new IllegalArgumentException("A note needs a date and a visibility");
        }
        text = text.strip();
        workerText = workerText == null || workerText.isBlank() ? null : workerText.strip();
        tags = Set.copyOf(tags);
        photos = List.copyOf(photos);
    }
}
