package nl.stapwijs.instruction.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.AudioRow;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.NewStep;
import nl.stapwijs.instruction.Sentence;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.station.StationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The read-aloud pipeline with the real espeak-ng (installed by .ci/run) and with a fake engine. */
@ExtendWith(OutputCaptureExtension.class)
class AudioRendererTest {

    @TempDir
    Path dir;

    StationFixture hub;
    StapwijsProperties properties;
    MediaStore store;

    @BeforeEach
    void open() {
        hub = new StationFixture(dir);
        properties = new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"), new StapwijsProperties.Demo(false, 1L, 0));
        store = new MediaStore(properties);
    }

    @AfterEach
    void close() {
        hub.close();
    }

    @Test
    void espeak_ng_makes_a_real_audio_file_and_a_second_publish_reuses_it() throws Exception {
        Espeak espeak = Espeak.installed("espeak-ng").orElseThrow(() -> new AssertionError("apt-get install espeak-ng"));
        Counting counting = new Counting(espeak);
        AudioRenderer renderer = renderer(new SynthesizedVoice(counting, AudioEncoder.installed(), store, dir.resolve("work")));
        long first = publish("Vouw de doos dicht.", "Fold the box shut.");

        assertThat(renderer.render(first)).isEqualTo(2);
        AudioRow dutch = hub.instructions.audioOf(first).values().iterator().next().get("nl");
        byte[] audio = store.read(dutch.file());
        assertThat(new String(audio, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isIn("RIFF", "OggS");
        assertThat(audio.length).isGreaterThan(1000);
        assertThat(dutch.engine()).isEqualTo("espeak-ng");
        assertThat(counting.rendered).hasSize(2);

        long second = publish("Vouw de doos dicht.", "Fold the box shut.");
        renderer.render(second);

        assertThat(counting.rendered).as("the cache is used for the same text").hasSize(2);
        assertThat(hub.instructions.audioOf(second).values().iterator().next().get("nl").file()).isEqualTo(dutch.file());
    }

    @Test
    void the_chain_prefers_a_recorded_voice_then_the_first_engine_that_speaks_the_language() {
        Fake fake = new Fake(Map.of("nl", "fake-nl"));
        AudioRenderer renderer = renderer(new RecordedVoice(store),
                new SynthesizedVoice(fake, AudioEncoder.none(), store, dir.resolve("work")));
        String recording = store.put(new byte[] {'O', 'g', 'g', 'S', 1, 2, 3}, "ogg");
        long version = hub.instructions.publish(hub.taskId("VOUWEN"), List.of(new NewStep("openmoji:1F4E6", null, null, List.of(),
                Map.of("nl", new Sentence("Pak een doos.", "Pak een dos.", null),
                        "en", new Sentence("Take a box.", null, recording),
                        "ar", Sentence.of("خذ صندوقاً.")))));

        renderer.render(version);

        Map<String, AudioRow> audio = hub.instructions.audioOf(version).values().iterator().next();
        assertThat(audio.get("en").file()).isEqualTo(recording);
        assertThat(audio.get("en").engine()).isEqualTo(RecordedVoice.ENGINE);
        assertThat(audio.get("nl").engine()).isEqualTo("fake");
        assertThat(fake.said).containsExactly("Pak een dos.");
        assertThat(audio).as("no voice speaks Arabic here").doesNotContainKey("ar");
        assertThat(hub.instructions.versionsMissingAudio()).contains(version);
    }

    @Test
    void a_worker_sees_the_audio_of_the_language_of_the_sentence_shown() {
        AudioRenderer renderer = renderer(new SynthesizedVoice(new Fake(Map.of("nl", "v", "en", "v")), AudioEncoder.none(), store,
                dir.resolve("work")));
        long version = publish("Pak een doos.", "Take a box.");
        renderer.render(version);

        var english = hub.instructions.instruction(version, "en").orElseThrow().step(1);
        var polish = hub.instructions.instruction(version, "pl").orElseThrow().step(1);

        assertThat(english.audio()).isNotNull().isNotEqualTo(polish.audio());
        assertThat(polish.language()).isEqualTo("nl");
        assertThat(polish.audio()).isEqualTo(hub.instructions.instruction(version, "nl").orElseThrow().step(1).audio());
    }

    @Test
    void audio_cut_off_by_a_shut_down_is_not_reported_as_a_fault(CapturedOutput output) throws Exception {
        BlockingSynthesizer blocking = new BlockingSynthesizer();
        AudioRenderer renderer = renderer(new SynthesizedVoice(blocking, AudioEncoder.none(), store, dir.resolve("work")));
        var cutOff = renderer.renderLater(publish("Pak een doos.", "Take a box."));
        assertThat(blocking.speaking.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        renderer.stop();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cutOff.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .isInstanceOf(java.util.concurrent.ExecutionException.class);
        assertThat(output.getOut()).contains("is left for the next start: the app is stopping").doesNotContain("not made");
    }

    @Test
    void audio_that_fails_while_running_is_reported(CapturedOutput output) {
        AudioRenderer renderer = renderer(new SynthesizedVoice(new BlockingSynthesizer() {
            @Override public void wav(String text, String voice, Path out) {
                throw new IllegalStateException("espeak-ng exited with 1");
            }
        }, AudioEncoder.none(), store, dir.resolve("work")));
        var failed = renderer.renderLater(publish("Pak een doos.", "Take a box."));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> failed.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .isInstanceOf(java.util.concurrent.ExecutionException.class);
        assertThat(output.getOut()).contains("not made: IllegalStateException");
    }

    private long publish(String dutch, String english) {
        return hub.instructions.publish(hub.taskId("VOUWEN"), List.of(new NewStep("openmoji:1F4E6", null, null,
                Map.of("nl", dutch, "en", english))));
    }

    private AudioRenderer renderer(SpeechProvider... providers) {
        return new AudioRenderer(hub.instructions, new SpeechChain(List.of(providers)), properties);
    }

    /** An engine that writes a tiny WAV and remembers what it said. */
    static final class Fake implements Synthesizer {
        final Map<String, String> voices;
        final List<String> said = new ArrayList<>();

        Fake(Map<String, String> voices) {
            this.voices = voices;
        }

        @Override public String engine() { return "fake"; }
        @Override public String version() { return "1"; }
        @Override public Optional<String> voiceFor(String language) { return Optional.ofNullable(voices.get(language)); }
        @Override public void wav(String text, String voice, Path out) {
            said.add(text);
            try {
                Files.write(out, ("RIFF----WAVE" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The real engine, counting how often it is asked. */
    static final class Counting implements Synthesizer {
        final Synthesizer real;
        final List<String> rendered = new ArrayList<>();

        Counting(Synthesizer real) {
            this.real = real;
        }

        @Override public String engine() { return real.engine(); }
        @Override public String version() { return real.version(); }
        @Override public Optional<String> voiceFor(String language) { return real.voiceFor(language); }
        @Override public void wav(String text, String voice, Path out) {
            rendered.add(text);
            real.wav(text, voice, out);
        }
    }
}
