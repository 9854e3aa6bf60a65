package nl.stapwijs.instruction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes and reads a version's steps with their words and safety pictograms, the same for drafts and published ones. */
final class Steps {

    private Steps() {
    }

    static void write(InstructionRepository repository, long versionId, List<NewStep> steps) {
        int position = 1;
        for (NewStep step : steps) {
            long stepId = repository.insertStep(versionId, position++, step.picture(), blankToNull(step.video()),
                    blankToNull(step.pictogram()));
            int place = 1;
            for (String pictogram : step.safety()) {
                repository.insertSafety(stepId, place++, pictogram);
            }
            step.texts().forEach((language, sentence) -> repository.insertStepText(stepId, language,
                    sentence.text().strip(), blankToNull(sentence.spoken()), blankToNull(sentence.recording())));
        }
    }

    static List<NewStep> read(InstructionRepository repository, long versionId) {
        List<StepRow> rows = repository.steps(versionId);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(StepRow::id).toList();
        Map<Long, List<StepTextRow>> texts = repository.stepTexts(ids).stream()
                .collect(Collectors.groupingBy(StepTextRow::stepId));
        Map<Long, List<String>> safety = safetyOf(repository, ids);
        List<NewStep> steps = new ArrayList<>();
        for (StepRow row : rows) {
            Map<String, Sentence> sentences = new LinkedHashMap<>();
            texts.getOrDefault(row.id(), List.of()).stream()
                    .sorted(java.util.Comparator.comparing(t -> nl.stapwijs.base.i18n.Languages.order(t.language())))
                    .forEach(t -> sentences.put(t.language(), new Sentence(t.text(), t.spoken(), t.recording())));
            steps.add(new NewStep(row.picture(), row.video(), row.pictogram(), safety.getOrDefault(row.id(), List.of()),
                    sentences));
        }
        return steps;
    }

    static Map<Long, List<String>> safetyOf(InstructionRepository repository, List<Long> stepIds) {
        return repository.safety(stepIds).stream().collect(Collectors.groupingBy(SafetyRow::stepId,
                Collectors.mapping(SafetyRow::pictogram, Collectors.toList())));
    }

    static void delete(InstructionRepository repository, long versionId) {
        repository.deleteTextsOf(versionId);
        repository.deleteSafetyOf(versionId);
        repository.deleteStepsOf(versionId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
