package nl.stapwijs.instruction.speech;

import java.util.List;
import java.util.Optional;

/** The providers in order; the first that can speak a line makes its audio. */
public class SpeechChain {

    private final List<SpeechProvider> providers;

    public SpeechChain(List<SpeechProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    public Optional<SpeechProvider.Speech> speak(SpeechProvider.Line line) {
        for (SpeechProvider provider : providers) {
            if (provider.speaks(line)) {
                Optional<SpeechProvider.Speech> speech = provider.speak(line);
                if (speech.isPresent()) {
                    return speech;
                }
            }
        }
        return Optional.empty();
    }

    /** Which engine would speak a line, for the editor's audio overview; empty when none can. */
    public Optional<String> engineFor(SpeechProvider.Line line) {
        return providers.stream().filter(p -> p.speaks(line)).map(SpeechProvider::engine).findFirst();
    }

    public List<String> engines() {
        return providers.stream().map(SpeechProvider::engine).toList();
    }
}
