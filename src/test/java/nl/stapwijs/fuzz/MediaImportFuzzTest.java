package nl.stapwijs.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.instruction.AuthoringService;
import nl.stapwijs.instruction.InstructionArchive;
import nl.stapwijs.instruction.media.MediaContent;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.instruction.media.Uploads;
import nl.stapwijs.instruction.pictogram.PictogramPacks;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever someone uploads or imports (corrupt photos, videos and recordings, files whose
 * first bytes lie, zips with path-traversal names, bombs, damaged instruction archives and
 * pictogram packs): it is taken, or refused with a message the editor can show; nothing
 * crashes, nothing lands outside the media folder, and whatever was stored is what its name says.
 */
class MediaImportFuzzTest {

    private static final Viewer ADMIN = new Viewer(1, "beheer", Role.ADMIN, Set.of(), Set.of(), List.of());
    private static final byte[][] HEADERS = {
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1),
            "\0\0\0\u0018ftypisom".getBytes(StandardCharsets.ISO_8859_1),
            {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3},
            "OggS".getBytes(StandardCharsets.ISO_8859_1),
            "<svg xmlns=\"http://www.w3.org/2000/svg\">".getBytes(StandardCharsets.UTF_8),
            {}};

    static Path dir;
    static StationFixture workshop;
    static MediaStore store;
    static Uploads uploads;
    static InstructionArchive archive;
    static PictogramPacks packs;
    static Properties messages = new Properties();
    static long site;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory(Path.of("target"), "fuzz-media");
        workshop = new StationFixture(dir);
        store = new MediaStore(new StapwijsProperties(dir, ZoneId.of("Europe/Amsterdam"), new StapwijsProperties.Demo(false, 1L, 0)));
        uploads = new Uploads(store);
        archive = new InstructionArchive(new AuthoringService(workshop.database, workshop.instructions, workshop.workforce),
                workshop.instructions, store);
        packs = new PictogramPacks(workshop.database, store, workshop.clock);
        site = workshop.workforce.sites().get(0).id();
        try (var in = MediaImportFuzzTest.class.getResourceAsStream("/i18n/messages.properties")) {
            messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void close() {
        workshop.close();
    }

    @FuzzTest(maxDuration = "20s")
    void every_upload_and_import_is_taken_or_refused_with_a_message(FuzzedDataProvider data) {
        int what = data.consumeInt(0, 4);
        byte[] header = HEADERS[data.consumeInt(0, HEADERS.length - 1)];
        try {
            switch (what) {
                case 0 -> uploads.photo(concat(header, data.consumeRemainingAsBytes()));
                case 1 -> uploads.video(concat(header, data.consumeRemainingAsBytes()));
                case 2 -> uploads.recording(concat(header, data.consumeRemainingAsBytes()));
                case 3 -> archive.importInstruction(ADMIN, site, zip(data, "instruction.json"));
                default -> packs.importPack(ADMIN, "pack " + data.consumeInt(), "CC BY 4.0", data.consumeBoolean(),
                        zip(data, "LICENSE.txt"));
            }
        } catch (MediaRefused refused) {
            assertThat(messages.getProperty(refused.key())).as("a message for %s", refused.key()).isNotBlank();
        }

        assertThat(mediaFiles()).allSatisfy(file -> {
            String name = file.getFileName().toString();
            assertThat(MediaStore.isName(name)).as("only media names in the media folder: %s", name).isTrue();
            assertThat(MediaContent.matches(name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file)))
                    .as("%s is what its name says", name).isTrue();
        });
        try (Stream<Path> outside = Files.list(dir)) {
            assertThat(outside.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.equals("media") || name.startsWith("stapwijs.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip of fuzzed entries: names that may climb out of the folder, contents that may be anything. */
    private static byte[] zip(FuzzedDataProvider data, String usualName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            int entries = data.consumeInt(0, 4);
            for (int i = 0; i < entries; i++) {
                String name = switch (data.consumeInt(0, 3)) {
                    case 0 -> usualName;
                    case 1 -> "../" + data.consumeString(20);
                    case 2 -> "media/" + data.consumeString(70);
                    default -> data.consumeString(30) + ".svg";
                };
                zip.putNextEntry(new ZipEntry(name.isEmpty() ? "x" : name));
                byte[] header = HEADERS[data.consumeInt(0, HEADERS.length - 1)];
                zip.write(concat(header, data.consumeBytes(data.consumeInt(0, 2_000))));
                zip.closeEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            return data.consumeRemainingAsBytes(); // a name the zip writer itself refuses: fuzz raw bytes instead
        }
        byte[] zipped = bytes.toByteArray();
        return data.consumeBoolean() ? zipped : concat(zipped, data.consumeRemainingAsBytes());
    }

    private static List<Path> mediaFiles() {
        Path media = dir.resolve("media");
        if (!Files.isDirectory(media)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(media)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
