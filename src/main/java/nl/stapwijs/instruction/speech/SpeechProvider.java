package nl.stapwijs.instruction.speech;

import java.util.Optional;

/**
 * One way of making a step's read-aloud audio. Providers form a chain (a recorded voice, then
 * a neural voice if one is installed, then espeak-ng); the first that can speak a line wins.
 */
public interface SpeechProvider {

    /** The engine's name as the editor shows it and the cache keys it, e.g. {@code espeak-ng}. */
    String engine();

    /** Whether this provider could speak a line in this language (without making it). */
    boolean speaks(Line line);

    /** The audio file for a line, or empty when this provider cannot speak it. */
    Optional<Speech> speak(Line line);

    /**
     * What to say and in which language.
     *
     * @param recording a recorded human voice for exactly this line, or null
     */
    record Line(String language, String text, String recording) {
    }

    /** A made (or found) audio file, as a {@code media:} reference, and what made it. */
    record Speech(String file, String engine, String voice) {
    }
}
