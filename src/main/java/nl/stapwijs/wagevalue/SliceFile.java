package nl.stapwijs.wagevalue;

import java.nio.file.Path;
import nl.stapwijs.production.ProductionEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes journal slices as JSON files; the one place the slice format meets Jackson. */
public final class SliceFile {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    private SliceFile() {
    }

    /** @throws IllegalArgumentException in one line, when the file is missing, cut off, damaged or incomplete */
    public static JournalSlice read(Path file) {
        JournalSlice slice;
        try {
            slice = JSON.readValue(file.toFile(), JournalSlice.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not a journal slice Stapwijs can read: " + firstLine(e));
        }
        if (slice == null) {
            throw new IllegalArgumentException(file + " is empty");
        }
        for (ProductionEvent event : slice.events()) {
            if (event.id() == null || event.kind() == null || event.station() == null
                    || event.occurredAt() == null) {
                throw new IllegalArgumentException(file + " holds an event without id, kind, station or time");
            }
        }
        return slice;
    }

    private static String firstLine(JacksonException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return message.lines().findFirst().orElse(message);
    }

    public static String text(JournalSlice slice) {
        return JSON.writeValueAsString(slice);
    }

    public static void write(JournalSlice slice, Path file) {
        JSON.writeValue(file, slice);
    }
}
