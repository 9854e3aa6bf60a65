package nl.stapwijs.instruction;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.i18n.Languages;
import org.springframework.stereotype.Service;

@Service
public class InstructionService {

    /** The hard limit from KIOSK-UX.md: one short sentence per step. */
    public static final int MAX_WORDS = 12;

    private final Database database;
    private final Clock clock;

    public InstructionService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<Task> tasks() {
        return repository().tasks();
    }

    public Optional<LocalizedTask> task(long taskId, String language) {
        return repository().task(taskId).map(task -> localize(task, language, taskTexts()));
    }

    /** The tasks offered at a station today, as picture tiles in the worker's language. */
    public List<LocalizedTask> tasksOfStation(String stationCode, String language) {
        Map<Long, Map<String, TaskText>> texts = taskTexts();
        return repository().tasksOfStation(stationCode).stream().map(t -> localize(t, language, texts)).toList();
    }

    public Optional<Instruction> currentInstruction(long taskId, String language) {
        return repository().currentVersion(taskId).map(v -> load(v, language));
    }

    /** A specific published version: a worker keeps the version they started with until the task ends. */
    public Optional<Instruction> instruction(long versionId, String language) {
        return repository().version(versionId).map(v -> load(v, language));
    }

    public long createTask(String code, long siteId, Long productId, String pictogram, List<TaskText> texts) {
        requireDutch(texts.stream().map(TaskText::language).toList(), "task " + code);
        return database.write(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            long id = repository.insertTask(code, siteId, productId, pictogram);
            texts.forEach(t -> repository.insertTaskText(id, t.language(), t.name(), t.unitOne(), t.unitMany()));
            return id;
        });
    }

    public void assignToStation(String stationCode, long taskId) {
        database.writeVoid(h -> h.attach(InstructionRepository.class).assign(stationCode, taskId));
    }

    /** Publishes a new immutable version of a task's instruction and returns its id. */
    public long publish(long taskId, List<NewStep> steps) {
        return publish(taskId, steps, null);
    }

    /**
     * Publishes a new immutable version, retiring the one before it (a station that started
     * with that one keeps it until its task ends), and returns the new version's id.
     */
    public long publish(long taskId, List<NewStep> steps, String publishedBy) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("An instruction needs at least one step");
        }
        steps.forEach(InstructionService::validate);
        return database.write(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            int next = repository.currentVersion(taskId).map(v -> v.version() + 1)
                    .orElse(Math.max(1, repository.lastVersion(taskId) + 1));
            long versionId = repository.insertVersion(taskId, next, VersionRow.PUBLISHED, clock.millis(), publishedBy);
            Steps.write(repository, versionId, steps);
            repository.retireOthers(taskId, versionId);
            return versionId;
        });
    }

    /** Every version of a task, newest first (the draft, if any, is version 0 and comes last). */
    public List<VersionRow> versions(long taskId) {
        return repository().versions(taskId);
    }

    /** A version's steps as they were written, every language included (for the editor, export and audio). */
    public List<NewStep> stepsOf(long versionId) {
        return Steps.read(repository(), versionId);
    }

    /** The ids of a version's steps in order, beside {@link #stepsOf}. */
    public List<Long> stepIdsOf(long versionId) {
        return repository().steps(versionId).stream().map(StepRow::id).toList();
    }

    /** The read-aloud files made for a version, by step id and language. */
    public Map<Long, Map<String, AudioRow>> audioOf(long versionId) {
        List<Long> ids = stepIdsOf(versionId);
        return ids.isEmpty() ? Map.of() : repository().audio(ids).stream().collect(Collectors.groupingBy(AudioRow::stepId,
                Collectors.toMap(AudioRow::language, Function.identity())));
    }

    /**
     * Stores the read-aloud files made for published steps, in one transaction (one master-data
     * change for the stations). Audio is not the instruction's content, so this is no edit of it.
     */
    public void putAudio(List<AudioRow> audio) {
        database.writeVoid(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            audio.forEach(a -> repository.putAudio(a.stepId(), a.language(), a.file(), a.engine(), a.voice()));
        });
    }

    /** Published versions with a sentence that has no audio yet. */
    public List<Long> versionsMissingAudio() {
        return repository().versionsMissingAudio();
    }

    public Optional<Task> taskByCode(String code) {
        return repository().taskByCode(code);
    }

    /** A task's names per language, Dutch first. */
    public List<TaskText> textsOf(long taskId) {
        return taskTexts().getOrDefault(taskId, Map.of()).values().stream()
                .sorted(Comparator.comparing(t -> Languages.order(t.language()))).toList();
    }

    public static int words(String sentence) {
        String trimmed = sentence == null ? "" : sentence.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    static void validate(NewStep step) {
        requireDutch(List.copyOf(step.texts().keySet()), "a step");
        if (step.picture() == null || step.picture().isBlank()) {
            throw new IllegalArgumentException("Every step needs a photo or a pictogram");
        }
        step.texts().forEach((language, sentence) -> {
            int words = words(sentence.text());
            if (words == 0 || words > MAX_WORDS) {
                throw new IllegalArgumentException(
                        "A step sentence needs 1 to " + MAX_WORDS + " words; the " + language + " one has " + words);
            }
        });
    }

    private static void requireDutch(List<String> languages, String what) {
        if (!languages.contains(Languages.SOURCE)) {
            throw new IllegalArgumentException("Dutch is the source language: " + what + " needs a Dutch text");
        }
    }

    private Instruction load(VersionRow version, String language) {
        InstructionRepository repository = repository();
        List<StepRow> rows = repository.steps(version.id());
        List<Long> ids = rows.stream().map(StepRow::id).toList();
        Map<Long, Map<String, String>> texts = ids.isEmpty() ? Map.of()
                : repository.stepTexts(ids).stream().collect(Collectors.groupingBy(StepTextRow::stepId,
                        Collectors.toMap(StepTextRow::language, StepTextRow::text)));
        Map<Long, List<String>> safety = ids.isEmpty() ? Map.of() : Steps.safetyOf(repository, ids);
        Map<Long, Map<String, String>> audio = ids.isEmpty() ? Map.of()
                : repository.audio(ids).stream().collect(Collectors.groupingBy(AudioRow::stepId,
                        Collectors.toMap(AudioRow::language, AudioRow::file)));
        List<Step> steps = rows.stream()
                .sorted(Comparator.comparingInt(StepRow::position))
                .map(row -> {
                    Map<String, String> byLanguage = texts.getOrDefault(row.id(), Map.of());
                    // A missing translation falls back to the Dutch sentence, read aloud in Dutch.
                    String shown = byLanguage.containsKey(language) ? language : Languages.SOURCE;
                    return new Step(row.id(), row.position(), row.picture(), row.video(), row.pictogram(),
                            safety.getOrDefault(row.id(), List.of()), byLanguage.getOrDefault(shown, ""), shown,
                            audio.getOrDefault(row.id(), Map.of()).get(shown));
                })
                .toList();
        return new Instruction(version.taskId(), version.id(), version.version(), steps);
    }

    private Map<Long, Map<String, TaskText>> taskTexts() {
        return repository().taskTexts().stream()
                .collect(Collectors.groupingBy(TaskText::taskId, Collectors.toMap(TaskText::language, Function.identity())));
    }

    private static LocalizedTask localize(Task task, String language, Map<Long, Map<String, TaskText>> texts) {
        Map<String, TaskText> byLanguage = texts.getOrDefault(task.id(), Map.of());
        TaskText text = byLanguage.getOrDefault(language, byLanguage.get(Languages.SOURCE));
        return new LocalizedTask(task, text);
    }

    private InstructionRepository repository() {
        return database.onReader(InstructionRepository.class);
    }
}
