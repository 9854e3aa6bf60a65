package nl.stapwijs.instruction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Service;

/**
 * Writing instructions: tasks, their draft (version 0, one per task) and publishing it as a
 * new immutable version. Admins author everything; a supervisor the tasks of the sites where
 * their teams work; a coach may read. Rendering the audio is left to whoever publishes.
 */
@Service
public class AuthoringService {

    private final Database database;
    private final InstructionService instructions;
    private final WorkforceService workforce;

    public AuthoringService(Database database, InstructionService instructions, WorkforceService workforce) {
        this.database = database;
        this.instructions = instructions;
        this.workforce = workforce;
    }

    public boolean mayRead(Viewer viewer) {
        return viewer.is(Role.ADMIN) || viewer.is(Role.SUPERVISOR) || viewer.is(Role.COACH);
    }

    public boolean mayAuthor(Viewer viewer, long siteId) {
        return viewer.is(Role.ADMIN) || (viewer.is(Role.SUPERVISOR) && sitesOf(viewer).contains(siteId));
    }

    /** The sites a viewer may create tasks at. */
    public Set<Long> authorSites(Viewer viewer) {
        if (viewer.is(Role.ADMIN)) {
            return workforce.sites().stream().map(s -> s.id()).collect(Collectors.toSet());
        }
        return viewer.is(Role.SUPERVISOR) ? sitesOf(viewer) : Set.of();
    }

    public List<Task> tasks(Viewer viewer) {
        requireReader(viewer);
        return instructions.tasks();
    }

    public Task task(Viewer viewer, long taskId) {
        requireReader(viewer);
        return repository().task(taskId).orElseThrow(() -> new IllegalArgumentException("No task " + taskId));
    }

    public List<ProductChoice> products() {
        return repository().products();
    }

    public List<String> stationsOf(long taskId) {
        return repository().stationsOfTask(taskId);
    }

    public long createTask(Viewer viewer, TaskForm form) {
        requireAuthor(viewer, form.siteId());
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,23}")) {
            throw new IllegalArgumentException("A task code is 2 to 24 letters, digits or dashes");
        }
        if (repository().taskByCode(code).isPresent()) {
            throw new IllegalArgumentException("There is a task " + code + " already");
        }
        requireDutch(form);
        return database.write(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            long id = repository.insertTask(code, form.siteId(), form.productId(), form.pictogram());
            writeDetails(repository, id, form);
            return id;
        });
    }

    public void updateTask(Viewer viewer, long taskId, TaskForm form) {
        Task task = task(viewer, taskId);
        requireAuthor(viewer, task.siteId());
        requireAuthor(viewer, form.siteId());
        requireDutch(form);
        database.writeVoid(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            repository.updateTask(taskId, form.siteId(), form.productId(), form.pictogram());
            repository.deleteTaskTexts(taskId);
            repository.unassignAll(taskId);
            writeDetails(repository, taskId, form);
        });
    }

    /** The draft to edit: the saved one, or a copy of the published version. */
    public Draft draft(Viewer viewer, long taskId) {
        task(viewer, taskId);
        InstructionRepository repository = repository();
        Optional<VersionRow> draft = repository.draft(taskId);
        Optional<VersionRow> current = repository.currentVersion(taskId);
        int basedOn = current.map(VersionRow::version).orElse(0);
        if (draft.isPresent()) {
            return new Draft(taskId, true, basedOn, Steps.read(repository, draft.get().id()));
        }
        return new Draft(taskId, false, basedOn, current.map(v -> Steps.read(repository, v.id())).orElse(List.of()));
    }

    /**
     * Saves the whole draft. Sentences may still be missing while writing, but none may be
     * longer than {@link InstructionService#MAX_WORDS} words: the editor refuses those.
     */
    public void saveDraft(Viewer viewer, long taskId, List<NewStep> steps) {
        Task task = task(viewer, taskId);
        requireAuthor(viewer, task.siteId());
        for (NewStep step : steps) {
            step.texts().forEach((language, sentence) -> {
                if (InstructionService.words(sentence.text()) > InstructionService.MAX_WORDS) {
                    throw new IllegalArgumentException("A step sentence has at most " + InstructionService.MAX_WORDS
                            + " words; the " + language + " one has " + InstructionService.words(sentence.text()));
                }
            });
        }
        List<NewStep> kept = steps.stream().map(AuthoringService::withoutEmptySentences).toList();
        database.writeVoid(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            long versionId = repository.draft(taskId).map(VersionRow::id)
                    .orElseGet(() -> repository.insertVersion(taskId, 0, VersionRow.DRAFT, null, null));
            Steps.delete(repository, versionId);
            Steps.write(repository, versionId, kept);
        });
    }

    /** Publishes the saved draft as the next version and removes the draft; returns the new version's id. */
    public long publish(Viewer viewer, long taskId) {
        Task task = task(viewer, taskId);
        requireAuthor(viewer, task.siteId());
        VersionRow draft = repository().draft(taskId)
                .orElseThrow(() -> new IllegalStateException("There is no draft to publish"));
        List<NewStep> steps = Steps.read(repository(), draft.id());
        long published = instructions.publish(taskId, steps, viewer.username());
        discard(draft.id());
        return published;
    }

    public void discardDraft(Viewer viewer, long taskId) {
        Task task = task(viewer, taskId);
        requireAuthor(viewer, task.siteId());
        repository().draft(taskId).ifPresent(draft -> discard(draft.id()));
    }

    public List<VersionRow> versions(Viewer viewer, long taskId) {
        task(viewer, taskId);
        return instructions.versions(taskId).stream().filter(v -> !v.isDraft()).toList();
    }

    private void discard(long draftVersionId) {
        database.writeVoid(h -> {
            InstructionRepository repository = h.attach(InstructionRepository.class);
            Steps.delete(repository, draftVersionId);
            repository.deleteDraftVersion(draftVersionId);
        });
    }

    private static NewStep withoutEmptySentences(NewStep step) {
        var texts = new java.util.LinkedHashMap<String, Sentence>();
        step.texts().forEach((language, sentence) -> {
            if (sentence != null && sentence.text() != null && !sentence.text().isBlank()) {
                texts.put(language, sentence);
            }
        });
        return new NewStep(step.picture() == null ? "" : step.picture(), step.video(), step.pictogram(), step.safety(), texts);
    }

    private static void writeDetails(InstructionRepository repository, long taskId, TaskForm form) {
        form.texts().forEach(t -> repository.insertTaskText(taskId, t.language(), t.name().strip(),
                t.unitOne().strip(), t.unitMany().strip()));
        form.stations().forEach(station -> repository.assign(station, taskId));
    }

    private static void requireDutch(TaskForm form) {
        if (form.texts().stream().noneMatch(t -> t.language().equals(Languages.SOURCE) && !t.name().isBlank())) {
            throw new IllegalArgumentException("A task needs a Dutch name");
        }
    }

    private Set<Long> sitesOf(Viewer viewer) {
        return workforce.teams().stream().filter(t -> viewer.teams().contains(t.id())).map(t -> t.siteId())
                .collect(Collectors.toSet());
    }

    private void requireReader(Viewer viewer) {
        if (!mayRead(viewer)) {
            throw new SecurityException("Instructions are for admins, supervisors and coaches");
        }
    }

    private void requireAuthor(Viewer viewer, long siteId) {
        if (!mayAuthor(viewer, siteId)) {
            throw new SecurityException("Only an admin or a supervisor of this site may change its instructions");
        }
    }

    private InstructionRepository repository() {
        return database.onReader(InstructionRepository.class);
    }
}
