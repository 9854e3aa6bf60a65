package nl.stapwijs.wagevalue;

import java.nio.file.Path;
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

    public static JournalSlice read(Path file) {
        return JSON.readValue(file.toFile(), JournalSlice.class);
    }

    public static String text(JournalSlice slice) {
        return JSON.writeValueAsString(slice);
    }

    public static void write(JournalSlice slice, Path file) {
        JSON.writeValue(file, slice);
    }
}
