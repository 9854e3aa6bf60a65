package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.instruction.speech.AudioEncoder;
import nl.stapwijs.instruction.speech.BlockingSynthesizer;
import nl.stapwijs.instruction.speech.Espeak;
import nl.stapwijs.instruction.speech.SpeechChain;
import nl.stapwijs.instruction.speech.SynthesizedVoice;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A note shared with the worker is read aloud on their progress screen, by espeak-ng unless a better voice is installed. */
@ExtendWith(OutputCaptureExtension.class)
class NoteAudioTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 17);

    @TempDir
    Path dir;

    StationFixture workshop;
    CoachingWiring coaching;
    MediaStore media;
    StapwijsProperties properties;
    Viewer coach;
    long sanne;

    @BeforeEach
    void open() {
        workshop = new StationFixture(dir);
        properties = new StapwijsProperties(dir, GeneratedJournal.ZONE,
                new StapwijsProperties.Demo(false, 1L, 0));
        media = new MediaStore(properties);
        Espeak espeak = Espeak.installed("espeak-ng").orElseThrow(() -> new AssertionError("apt-get install espeak-ng"));
        SpeechChain voices = new SpeechChain(List.of(new SynthesizedVoice(espeak, AudioEncoder.installed(), media,
                dir.resolve("speech-work"))));
        coaching = new CoachingWiring(workshop.database, workshop.journal, workshop.workforce, workshop.instructions,
                workshop.clock, properties, voices);
        coach = workshop.staff.viewer("coach").orElseThrow();
        sanne = workshop.workforce.workerByBadge("P-1005").orElseThrow().id();
    }

    @AfterEach
    void close() {
        workshop.close();
    }

    @Test
    void the_easy_words_of_a_shared_note_become_real_audio_on_the_progress_screen() throws Exception {
        long id = coaching.log.add(coach, sanne, new NewLogEntry(TODAY, "Sanne hielp vandaag een nieuwe collega.",
                "Je hielp een nieuwe collega. Fijn!", Visibility.WORKER, Set.of(Tag.SAMENWERKEN), List.of()));

        Optional<String> file = coaching.noteAudio.renderLater(id).get(30, TimeUnit.SECONDS);

        assertThat(file).isPresent();
        byte[] audio = media.read(file.get());
        assertThat(new String(audio, 0, 4, StandardCharsets.US_ASCII)).isIn("RIFF", "OggS");
        assertThat(audio.length).isGreaterThan(1000);
        WorkerProgress.NoteLine note = coaching.progress.of(sanne, "nl").notes().get(0);
        assertThat(note.text()).isEqualTo("Je hielp een nieuwe collega. Fijn!");
        assertThat(note.audio()).isEqualTo(file.get());
    }

    @Test
    void a_note_cut_off_by_a_shut_down_is_left_for_the_next_start_without_a_warning(CapturedOutput output) throws Exception {
        BlockingSynthesizer blocking = new BlockingSynthesizer();
        NoteAudio audio = new NoteAudio(workshop.database, new SpeechChain(List.of(new SynthesizedVoice(blocking,
                AudioEncoder.none(), media, dir.resolve("blocking-work")))), properties);
        long id = coaching.log.add(coach, sanne, new NewLogEntry(TODAY, "Sanne werkte netjes.", "Je werkte netjes.",
                Visibility.WORKER, Set.of(), List.of()));
        var cutOff = audio.renderLater(id);
        assertThat(blocking.speaking.await(10, TimeUnit.SECONDS)).isTrue();

        audio.stop();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cutOff.get(10, TimeUnit.SECONDS))
                .isInstanceOf(java.util.concurrent.ExecutionException.class);
        assertThat(output.getOut()).contains("Audio for note " + id + " is left for the next start").doesNotContain("not made");
        assertThat(workshop.database.onReader(LogRepository.class).withoutAudio()).extracting(r -> r.id()).contains(id);
    }

    @Test
    void a_note_not_shared_with_the_worker_is_never_spoken() throws Exception {
        long id = coaching.log.add(coach, sanne, new NewLogEntry(TODAY, "Alleen voor de coach.", null, Visibility.COACH,
                Set.of(), List.of()));

        assertThat(coaching.noteAudio.renderLater(id).get(30, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void erasing_the_log_takes_the_spoken_notes_with_it() throws Exception {
        long id = coaching.log.add(coach, sanne, new NewLogEntry(TODAY, "Je werkt heel netjes, Sanne.", null,
                Visibility.WORKER, Set.of(Tag.KWALITEIT), List.of()));
        String file = coaching.noteAudio.renderLater(id).get(30, TimeUnit.SECONDS).orElseThrow();

        coaching.records.erase(workshop.staff.viewer("beheer").orElseThrow(), sanne);

        assertThat(media.exists(file)).isFalse();
        assertThat(coaching.progress.of(sanne, "nl").notes()).isEmpty();
    }
}
