package nl.stapwijs.instruction.speech;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.stapwijs.instruction.media.MediaStore;

/**
 * An engine's speech, cached: the file is named by a hash of engine, version, voice and text,
 * so a sentence is rendered once however often it is published, and found again afterwards.
 * Stored compressed (Ogg) when an encoder is installed, otherwise as WAV.
 */
public class SynthesizedVoice implements SpeechProvider {

    private final Synthesizer synthesizer;
    private final AudioEncoder encoder;
    private final MediaStore store;
    private final Path work;

    public SynthesizedVoice(Synthesizer synthesizer, AudioEncoder encoder, MediaStore store, Path work) {
        this.synthesizer = synthesizer;
        this.encoder = encoder;
        this.store = store;
        this.work = work;
    }

    @Override
    public String engine() {
        return synthesizer.engine();
    }

    @Override
    public boolean speaks(Line line) {
        return synthesizer.voiceFor(line.language()).isPresent() && !line.text().isBlank();
    }

    @Override
    public Optional<Speech> speak(Line line) {
        Optional<String> voice = synthesizer.voiceFor(line.language());
        if (voice.isEmpty() || line.text().isBlank()) {
            return Optional.empty();
        }
        String key = "tts-" + cacheKey(voice.get(), line.text());
        for (String extension : new String[] {"ogg", "wav"}) {
            if (store.exists(MediaStore.PREFIX + key + "." + extension)) {
                return Optional.of(new Speech(MediaStore.PREFIX + key + "." + extension, engine(), voice.get()));
            }
        }
        try {
            Files.createDirectories(work);
            Path wav = Files.createTempFile(work, "speech", ".wav");
            try {
                synthesizer.wav(line.text(), voice.get(), wav);
                Optional<byte[]> ogg = encoder.ogg(wav);
                String file = ogg.isPresent() ? store.putNamed(key + ".ogg", ogg.get())
                        : store.putNamed(key + ".wav", Files.readAllBytes(wav));
                return Optional.of(new Speech(file, engine(), voice.get()));
            } finally {
                Files.deleteIfExists(wav);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render speech", e);
        }
    }

    String cacheKey(String voice, String text) {
        String key = synthesizer.engine() + "\n" + synthesizer.version() + "\n" + voice + "\n" + text.strip();
        return MediaStore.sha256(key.getBytes(StandardCharsets.UTF_8));
    }
}
