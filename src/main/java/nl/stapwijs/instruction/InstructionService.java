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
        steps.forEach(InstructionService::validate);
        return database.write(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            int next = repository.currentVersion(taskId).map(v -> v.version() + 1).orElse(1);
            long versionId = repository.insertPublishedVersion(taskId, next, clock.millis());
            int position = 1;
            for (NewStep step : steps) {
                long stepId = repository.insertStep(versionId, position++, step.picture(), step.pictogram(), step.safetyPictogram());
                step.texts().forEach((language, text) -> repository.insertStepText(stepId, language, text.strip()));
            }
            return versionId;
        });
    }

    public static int words(String sentence) {
        String trimmed = sentence == null ? "" : sentence.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static void validate(NewStep step) {
        requireDutch(List.copyOf(step.texts().keySet()), "a step");
        step.texts().forEach((language, text) -> {
            if (words(text) == 0 || words(text) > MAX_WORDS) {
                throw new IllegalArgumentException(
                        "A step sentence needs 1 to " + MAX_WORDS + " words; the " + language + " one has " + words(text));
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
        Map<Long, Map<String, String>> texts = rows.isEmpty() ? Map.of()
                : repository.stepTexts(rows.stream().map(StepRow::id).toList()).stream()
                        .collect(Collectors.groupingBy(StepTextRow::stepId,
                                Collectors.toMap(StepTextRow::language, StepTextRow::text)));
        List<Step> steps = rows.stream()
                .sorted(Comparator.comparingInt(StepRow::position))
                .map(row -> {
                    Map<String, String> byLanguage = texts.getOrDefault(row.id(), Map.of());
                    String shown = byLanguage.containsKey(language) ? language : Languages.SOURCE;
                    return new Step(row.id(), row.position(), row.picture(), row.pictogram(), row.safetyPictogram(),
                            byLanguage.getOrDefault(shown, ""), shown);
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
