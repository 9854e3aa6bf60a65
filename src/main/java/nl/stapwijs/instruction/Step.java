package nl.stapwijs.instruction;

import java.util.List;

/**
 * One step of a published instruction, with its sentence in the language asked for.
 *
 * @param video    an optional short video shown instead of the photo, or null
 * @param safety   protective equipment pictograms, in order (often none)
 * @param language the language of {@code text}: the worker's, or Dutch where no translation exists
 * @param audio    the read-aloud file for {@code text} ({@code media:<name>}), or null if none was made
 */
public record Step(long id, int position, String picture, String video, String pictogram, List<String> safety,
        String text, String language, String audio) {

    public Step {
        safety = List.copyOf(safety);
    }

    /** True when the sentence is the Dutch source because the worker's language has none yet. */
    public boolean isFallback(String wanted) {
        return !language.equals(wanted);
    }
}
