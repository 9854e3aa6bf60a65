package nl.stapwijs.instruction.speech;

import java.util.Optional;
import nl.stapwijs.instruction.media.MediaStore;

/** A person's own voice, recorded in the editor or uploaded: always first, and the only voice for some languages. */
public class RecordedVoice implements SpeechProvider {

    public static final String ENGINE = "recorded";

    private final MediaStore store;

    public RecordedVoice(MediaStore store) {
        this.store = store;
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public boolean speaks(Line line) {
        return line.recording() != null && MediaStore.isReference(line.recording());
    }

    @Override
    public Optional<Speech> speak(Line line) {
        return speaks(line) && store.exists(line.recording())
                ? Optional.of(new Speech(line.recording(), ENGINE, "human")) : Optional.empty();
    }
}
