package nl.stapwijs.instruction;

/**
 * A step's words in one language.
 *
 * @param text      the sentence shown, at most {@link InstructionService#MAX_WORDS} words
 * @param spoken    what the voice says instead, for words an engine says wrongly; null for the text itself
 * @param recording a recorded human voice ({@code media:<name>}), used before any engine; or null
 */
public record Sentence(String text, String spoken, String recording) {

    public static Sentence of(String text) {
        return new Sentence(text, null, null);
    }

    /** What a voice should say: the override where there is one. */
    public String toSay() {
        return spoken == null || spoken.isBlank() ? text : spoken;
    }
}
