package nl.stapwijs.instruction.speech;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A neural voice the operator installed (for example Piper with a Dutch model), run as a
 * command that reads the text on standard input and writes a WAV file. Configured with
 * {@code stapwijs.speech.neural.command}, where {@code {voice}} and {@code {out}} are filled in;
 * without it this provider is simply not in the chain.
 */
class CommandSynthesizer implements Synthesizer {

    private final String name;
    private final String command;
    private final Map<String, String> voices;

    CommandSynthesizer(String name, String command, Map<String, String> voices) {
        this.name = name;
        this.command = command;
        this.voices = Map.copyOf(voices);
    }

    @Override
    public String engine() {
        return name;
    }

    @Override
    public String version() {
        // An operator who swaps the model changes the voice name; the command line names the engine build.
        return Integer.toHexString(command.hashCode());
    }

    @Override
    public Optional<String> voiceFor(String language) {
        return Optional.ofNullable(voices.get(language));
    }

    @Override
    public void wav(String text, String voice, Path out) {
        Processes.run(Arrays.stream(command.trim().split("\\s+"))
                .map(part -> part.replace("{voice}", voice).replace("{out}", out.toString())).toList(), text);
    }
}
