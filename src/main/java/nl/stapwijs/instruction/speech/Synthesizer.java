package nl.stapwijs.instruction.speech;

import java.nio.file.Path;
import java.util.Optional;

/** A text-to-speech engine that writes a WAV file; {@link SynthesizedVoice} adds the cache and the encoding. */
public interface Synthesizer {

    String engine();

    /** The engine's version: a new version may pronounce differently, so it is part of the cache key. */
    String version();

    /** The voice this engine uses for a language, or empty if it has none. */
    Optional<String> voiceFor(String language);

    /** Speaks text with a voice into a WAV file; fails loudly if the engine fails. */
    void wav(String text, String voice, Path out);
}
