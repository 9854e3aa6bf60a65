package nl.stapwijs.instruction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.instruction.AuthoringService;
import nl.stapwijs.instruction.Draft;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.Task;
import nl.stapwijs.instruction.media.Uploads;
import nl.stapwijs.instruction.pictogram.PictogramCatalogue;
import nl.stapwijs.instruction.speech.AudioRenderer;
import nl.stapwijs.instruction.speech.SpeechChain;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.WorkforceService;

/**
 * One task and its instruction: the task's details, the draft's steps, and publishing. A
 * coach reads; an admin or the site's supervisor writes. {@code /instructions/new} starts a task.
 */
@Route("instructions/:task")
@PageTitle("Instructie — Stapwijs")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.COACH_NAME})
public class InstructionEditorView extends Div implements BeforeEnterObserver {

    private final AuthoringService authoring;
    private final InstructionService instructions;
    private final WorkforceService workforce;
    private final AudioRenderer renderer;
    private final EditorLinks links;
    private final Viewer viewer;
    final EditorTools tools;
    TaskDetails details;
    StepList steps;
    long taskId;

    public InstructionEditorView(AuthoringService authoring, InstructionService instructions, WorkforceService workforce,
            Uploads uploads, PictogramCatalogue pictograms, SpeechChain speech,
            AudioRenderer renderer, EditorLinks links, CurrentViewer current) {
        this.authoring = authoring;
        this.instructions = instructions;
        this.workforce = workforce;
        this.renderer = renderer;
        this.links = links;
        this.viewer = current.require();
        this.tools = new EditorTools(uploads, pictograms, speech);
        addClassName("admin-page");
        addClassName("instruction-editor");
        addAttachListener(e -> e.getUI().getPage().addJavaScript("scripts/editor.js"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String parameter = event.getRouteParameters().get("task").orElse("new");
        Optional<Task> task = parameter.matches("\\d+")
                ? authoring.tasks(viewer).stream().filter(t -> t.id() == Long.parseLong(parameter)).findFirst() : Optional.empty();
        if (task.isEmpty() && !parameter.equals("new")) {
            event.forwardTo(InstructionsView.class);
            return;
        }
        show(task);
    }

    private void show(Optional<Task> task) {
        removeAll();
        taskId = task.map(Task::id).orElse(0L);
        boolean author = task.map(t -> authoring.mayAuthor(viewer, t.siteId())).orElse(!authoring.authorSites(viewer).isEmpty());
        add(new H2(task.flatMap(t -> instructions.task(t.id(), "nl")).map(l -> l.name())
                .orElse(getTranslation("instructions.task.new"))));
        details = new TaskDetails(task, task.map(t -> instructions.textsOf(t.id())).orElse(List.of()),
                task.map(t -> authoring.stationsOf(t.id())).orElse(List.of()),
                workforce.sites().stream().filter(s -> task.isPresent() || authoring.authorSites(viewer).contains(s.id())).toList(),
                authoring.products(), workforce.stations(), tools);
        add(details);
        if (author) {
            Button save = new Button(getTranslation("instructions.task.save"), e -> saveTask());
            save.addClassName("save-task");
            add(save);
        }
        if (task.isEmpty()) {
            return;
        }
        Draft draft = authoring.draft(viewer, taskId);
        add(new H3(getTranslation("instructions.steps")), new Paragraph(getTranslation(draft.saved()
                ? "instructions.draft.saved" : "instructions.draft.fresh", draft.basedOn())));
        steps = new StepList(tools, draft.steps());
        add(steps);
        if (author) {
            Button addStep = new Button(getTranslation("instructions.step.add"), e -> steps.add());
            addStep.addClassName("add-step");
            Button saveDraft = new Button(getTranslation("instructions.draft.save"), e -> saveDraft());
            saveDraft.addClassName("save-draft");
            Button publish = new Button(getTranslation("instructions.publish"), e -> publish());
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            publish.addClassName("publish");
            Button discard = new Button(getTranslation("instructions.draft.discard"), e -> {
                authoring.discardDraft(viewer, taskId);
                show(task);
            });
            Div actions = new Div(addStep, saveDraft, publish, discard);
            actions.addClassName("editor-actions");
            add(actions);
        }
        add(new VersionsPanel(authoring.versions(viewer, taskId), instructions, renderer.waiting() > 0));
        add(links.links(viewer, taskId, this));
    }

    void saveTask() {
        try {
            if (taskId == 0) {
                long created = authoring.createTask(viewer, details.form());
                getUI().ifPresent(ui -> ui.navigate("instructions/" + created));
            } else {
                authoring.updateTask(viewer, taskId, details.form());
                Notification.show(getTranslation("instructions.task.saved"));
            }
        } catch (IllegalArgumentException | SecurityException wrong) {
            Refusals.show(wrong.getMessage());
        }
    }

    boolean saveDraft() {
        if (!steps.valid()) {
            Refusals.show(getTranslation("instructions.words.refused", InstructionService.MAX_WORDS));
            return false;
        }
        try {
            authoring.saveDraft(viewer, taskId, steps.steps());
            Notification.show(getTranslation("instructions.draft.stored"));
            return true;
        } catch (IllegalArgumentException wrong) {
            Refusals.show(wrong.getMessage());
            return false;
        }
    }

    void publish() {
        if (!saveDraft()) {
            return;
        }
        try {
            long version = authoring.publish(viewer, taskId);
            renderer.renderLater(version);
            Notification.show(getTranslation("instructions.published"));
            show(authoring.tasks(viewer).stream().filter(t -> t.id() == taskId).findFirst());
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            Refusals.show(getTranslation("instructions.publish.refused", wrong.getMessage()));
        }
    }
}
