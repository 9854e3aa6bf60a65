package nl.stapwijs.instruction;

/** One step of a published instruction, with its sentence in the language asked for. */
public record Step(long id, int position, String picture, String pictogram, String safetyPictogram,
        String text, String language) {

    /** True when the sentence is the Dutch source because the worker's language has none yet. */
    public boolean isFallback(String wanted) {
        return !language.equals(wanted);
    }
}
