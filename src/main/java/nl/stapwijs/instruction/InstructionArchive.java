package nl.stapwijs.instruction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.stapwijs.instruction.media.MediaContent;
import nl.stapwijs.instruction.media.MediaRefused;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.instruction.media.SafeZip;
import nl.stapwijs.workforce.Viewer;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An instruction as one zip to share between companies (packing, folding, mowing): an
 * {@code instruction.json} and every photo, video and recording it uses under {@code media/}.
 * The zip is the same bytes for the same instruction (fixed order and times), and an import
 * arrives as a draft, so the receiving company reads it before its workers see it.
 */
@Service
public class InstructionArchive {

    public static final String FORMAT = "stapwijs-instruction/1";
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

    private final AuthoringService authoring;
    private final InstructionService instructions;
    private final MediaStore store;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public InstructionArchive(AuthoringService authoring, InstructionService instructions, MediaStore store) {
        this.authoring = authoring;
        this.instructions = instructions;
        this.store = store;
    }

    record Document(String format, ArchivedTask task, List<NewStep> steps) {
    }

    record ArchivedTask(String code, String pictogram, Map<String, TaskText> names) {
    }

    /** What the editor shows (the draft, or else the published version) as a zip. */
    public byte[] export(Viewer viewer, long taskId) {
        Task task = authoring.task(viewer, taskId);
        Map<String, TaskText> names = new LinkedHashMap<>();
        instructions.textsOf(taskId).forEach(t -> names.put(t.language(), new TaskText(0, t.language(), t.name(),
                t.unitOne(), t.unitMany())));
        List<NewStep> steps = authoring.draft(viewer, taskId).steps();
        Document document = new Document(FORMAT, new ArchivedTask(task.code(), task.pictogram(), names), steps);
        TreeSet<String> media = new TreeSet<>();
        mediaOf(document).forEach(reference -> media.add(MediaStore.nameOf(reference)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "instruction.json", json.writeValueAsString(document).getBytes(StandardCharsets.UTF_8));
            for (String name : media) {
                put(zip, "media/" + name, store.read(MediaStore.PREFIX + name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Creates a task at a site from a shared zip, with its steps as a draft; returns the new task's id. */
    public long importInstruction(Viewer viewer, long siteId, byte[] zip) {
        Map<String, byte[]> files = SafeZip.read(zip);
        byte[] body = files.get("instruction.json");
        if (body == null) {
            throw new MediaRefused("archive.noInstruction");
        }
        Document document;
        try {
            document = json.readValue(body, Document.class);
        } catch (RuntimeException e) {
            throw new MediaRefused("archive.unreadable");
        }
        if (!FORMAT.equals(document.format()) || document.task() == null || document.steps() == null) {
            throw new MediaRefused("archive.unreadable");
        }
        for (String reference : mediaOf(document)) {
            String name = MediaStore.nameOf(reference);
            byte[] content = files.get("media/" + name);
            if (!MediaStore.isName(name) || content == null) {
                throw new MediaRefused("archive.mediaMissing", name);
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (!name.startsWith("tts-") && !name.startsWith(MediaStore.sha256(content) + ".")
                    || !MediaContent.matches(extension, content)) {
                throw new MediaRefused("archive.mediaDamaged", name);
            }
            store.put(content, extension);
        }
        String code = freeCode(document.task().code());
        List<TaskText> names = new ArrayList<>(document.task().names().values());
        long taskId = authoring.createTask(viewer, new TaskForm(code, siteId, null, document.task().pictogram(), names, List.of()));
        authoring.saveDraft(viewer, taskId, document.steps());
        return taskId;
    }

    private String freeCode(String wanted) {
        String base = wanted == null || wanted.isBlank() ? "TAAK" : wanted.strip().toUpperCase(java.util.Locale.ROOT);
        String code = base;
        for (int n = 2; instructions.taskByCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static List<String> mediaOf(Document document) {
        List<String> media = new ArrayList<>();
        java.util.function.Consumer<String> keep = value -> {
            if (MediaStore.isReference(value)) {
                media.add(value);
            } else if (value != null && value.startsWith(MediaStore.PREFIX)) {
                throw new MediaRefused("archive.mediaMissing", value);
            }
        };
        keep.accept(document.task().pictogram());
        for (NewStep step : document.steps()) {
            keep.accept(step.picture());
            keep.accept(step.video());
            keep.accept(step.pictogram());
            step.safety().forEach(keep);
            step.texts().values().forEach(sentence -> keep.accept(sentence.recording()));
        }
        return media;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
