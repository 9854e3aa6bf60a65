package nl.stapwijs.instruction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step as an author writes it: the main picture (a photo or a pictogram), an optional video,
 * one action pictogram, any protective equipment, and its words per language, Dutch required.
 */
public record NewStep(String picture, String video, String pictogram, List<String> safety, Map<String, Sentence> texts) {

    public NewStep {
        safety = safety == null ? List.of() : List.copyOf(safety);
        texts = texts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** A step with plain sentences and at most one safety pictogram. */
    public NewStep(String picture, String pictogram, String safetyPictogram, Map<String, String> sentences) {
        this(picture, null, pictogram, safetyPictogram == null ? List.of() : List.of(safetyPictogram),
                sentencesOf(sentences));
    }

    private static Map<String, Sentence> sentencesOf(Map<String, String> sentences) {
        Map<String, Sentence> texts = new LinkedHashMap<>();
        sentences.forEach((language, text) -> texts.put(language, Sentence.of(text)));
        return texts;
    }
}
