package nl.stapwijs.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.instruction.media.SafeZip;
import nl.stapwijs.instruction.media.Uploads;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharing an instruction between two companies as one zip. */
class InstructionArchiveTest {

    static final Viewer ADMIN = new Viewer(1, "beheer", Role.ADMIN, Set.of(), Set.of(), List.of());

    @TempDir
    Path dir;

    StationFixture one;
    StationFixture other;

    @AfterEach
    void close() {
        one.close();
        other.close();
    }

    @Test
    void export_then_import_elsewhere_gives_the_same_instruction_photos_and_recordings_byte_for_byte() throws Exception {
        one = new StationFixture(Files.createDirectories(dir.resolve("one")));
        other = new StationFixture(Files.createDirectories(dir.resolve("other")));
        Company first = new Company(one, dir.resolve("one"));
        Company second = new Company(other, dir.resolve("other"));
        long site = one.workforce.sites().stream().filter(s -> s.code().equals("GRO")).findFirst().orElseThrow().id();
        long task = first.authoring.createTask(ADMIN, new TaskForm("MAAIEN", site, null, "openmoji:E343",
                List.of(new TaskText(0, "nl", "Gras maaien", "strook", "stroken"), new TaskText(0, "en", "Mow grass", "strip", "strips")),
                List.of("GRO-1")));
        String photo = first.uploads.photo(nl.stapwijs.instruction.media.UploadsTest.image(800, 600, "jpg"));
        String recording = first.uploads.recording(new byte[] {'O', 'g', 'g', 'S', 0, 2, 0, 0, 7, 7});
        first.authoring.saveDraft(ADMIN, task, List.of(
                new NewStep(photo, null, "openmoji:E343", List.of("openmoji:1F97D", "openmoji:1F3A7"), Map.of(
                        "nl", new Sentence("Maai het gras in rechte stroken.", "Maai het gras in rechte stroken", recording),
                        "en", Sentence.of("Mow the grass in straight strips."))),
                new NewStep("openmoji:E344", null, null, List.of(), Map.of("nl", Sentence.of("Breng het gras naar de kar.")))));

        byte[] exported = first.archive.export(ADMIN, task);
        long imported = second.archive.importInstruction(ADMIN,
                other.workforce.sites().stream().filter(s -> s.code().equals("GRO")).findFirst().orElseThrow().id(), exported);
        byte[] again = second.archive.export(ADMIN, imported);

        assertThat(again).isEqualTo(exported);
        Map<String, byte[]> entries = SafeZip.read(exported);
        assertThat(entries).containsKeys("instruction.json", "media/" + MediaStore.nameOf(photo), "media/" + MediaStore.nameOf(recording));
        assertThat(second.store.read(photo)).isEqualTo(first.store.read(photo));
        assertThat(other.instructions.taskByCode("MAAIEN")).isPresent();
        assertThat(second.authoring.draft(ADMIN, imported).saved()).as("an import arrives as a draft").isTrue();
    }

    @Test
    void a_zip_whose_media_do_not_match_their_names_is_refused() throws Exception {
        one = new StationFixture(Files.createDirectories(dir.resolve("one")));
        other = new StationFixture(Files.createDirectories(dir.resolve("other")));
        Company first = new Company(one, dir.resolve("one"));
        long vouwen = one.taskId("VOUWEN");
        String photo = first.uploads.photo(nl.stapwijs.instruction.media.UploadsTest.image(300, 200, "png"));
        first.authoring.saveDraft(ADMIN, vouwen, List.of(new NewStep(photo, null, null, List.of(), Map.of("nl", Sentence.of("Pak een doos.")))));
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>(SafeZip.read(first.archive.export(ADMIN, vouwen)));
        entries.put("media/" + MediaStore.nameOf(photo), "tampered".getBytes());

        assertThatThrownBy(() -> new Company(other, dir.resolve("other")).archive.importInstruction(ADMIN, 1, zip(entries)))
                .isInstanceOf(MediaRefused.class).extracting(e -> ((MediaRefused) e).key()).isEqualTo("archive.mediaDamaged");
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** One company's instruction services over its own database and media folder. */
    static final class Company {
        final MediaStore store;
        final Uploads uploads;
        final AuthoringService authoring;
        final InstructionArchive archive;

        Company(StationFixture fixture, Path data) {
            store = new MediaStore(new StapwijsProperties(data, ZoneId.of("Europe/Amsterdam"), new StapwijsProperties.Demo(false, 1L, 0)));
            uploads = new Uploads(store);
            authoring = new AuthoringService(fixture.database, fixture.instructions, fixture.workforce);
            archive = new InstructionArchive(authoring, fixture.instructions, store);
        }
    }
}
