package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.ui.Downloads;
import nl.stapwijs.base.ui.Pictures;
import nl.stapwijs.coaching.Attachment;
import nl.stapwijs.coaching.CoachingService;
import nl.stapwijs.coaching.DevelopmentRecord;
import nl.stapwijs.coaching.LevelService;
import nl.stapwijs.coaching.LogService;
import nl.stapwijs.coaching.ObservationService;
import nl.stapwijs.coaching.PhotoStore;
import nl.stapwijs.coaching.ReviewDocument;
import nl.stapwijs.coaching.Visibility;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.production.Journal;
import nl.stapwijs.workforce.CurrentViewer;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;

/**
 * One worker's development log at {@code /coaching/{worker}}: observations, goals, notes,
 * skill and support levels, reviews, ladder and placements. What shows and what can be changed
 * follows the viewer's role; the services decide, this page only asks.
 */
@Route("coaching/:worker")
@PageTitle("Ontwikkeling — Stapwijs")
@RolesAllowed({Role.COACH_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class WorkerCoachingView extends Div implements BeforeEnterObserver {

    private final CoachingService coaching;
    private final LevelService levels;
    private final LogService log;
    private final ObservationService observations;
    private final ReviewDocument reviewPaper;
    private final InstructionService instructions;
    private final Journal journal;
    private final StapwijsProperties properties;
    private final java.time.Clock clock;
    private final Viewer viewer;
    private long workerId;

    public WorkerCoachingView(CoachingService coaching, LevelService levels, LogService log,
            ObservationService observations, ReviewDocument reviewPaper, InstructionService instructions, Journal journal,
            StapwijsProperties properties, java.time.Clock clock, CurrentViewer current) {
        this.coaching = coaching;
        this.levels = levels;
        this.log = log;
        this.observations = observations;
        this.reviewPaper = reviewPaper;
        this.instructions = instructions;
        this.journal = journal;
        this.properties = properties;
        this.clock = clock;
        this.viewer = current.require();
        addClassNames("admin-page", "coaching-worker");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        workerId = event.getRouteParameters().getLong("worker").orElse(-1L);
        render();
    }

    private void render() {
        removeAll();
        Optional<DevelopmentRecord> found = coaching.record(viewer, workerId);
        if (found.isEmpty()) {
            add(new H2(getTranslation("coaching.worker.unknown")), new Paragraph(getTranslation("coaching.worker.unknownHint")));
            return;
        }
        DevelopmentRecord record = found.get();
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        List<LocalizedTask> tasks = instructions.tasks().stream()
                .filter(t -> siteOf(record) == t.siteId())
                .map(t -> instructions.task(t.id(), "nl").orElseThrow()).toList();
        Div head = new Div(Pictures.image(record.worker().avatar(), "", "coaching-avatar"),
                new H2(record.worker().firstName() + " " + record.worker().lastName()));
        head.addClassName("coaching-head");
        if (record.mayChange()) {
            head.add(Downloads.link(getTranslation("coaching.paper.download"), "gesprek-" + record.worker().id() + ".pdf",
                    "application/pdf", () -> reviewPaper.render(viewer, workerId)));
        }
        add(head);
        if (record.mayChange()) {
            add(new ObservationsCard(record.observations(), id -> taskName(tasks, id), this::versionNumber, observationActions()));
        }
        add(new GoalsCard(record.goals(), tasks, record.mayChange(),
                goal -> act(() -> coaching.addGoal(viewer, workerId, goal)),
                (goal, status) -> act(() -> coaching.setGoalStatus(viewer, workerId, goal.id(), status))));
        add(new LevelsCard(record, tasks, properties.zone(),
                (task, level) -> act(() -> levels.setSkill(viewer, workerId, task.id(), level, null)),
                (task, level) -> act(() -> levels.setSupport(viewer, workerId, task.id(), level, null))));
        add(new LogCard(record.entries(), writable(), today, this::photo,
                entry -> act(() -> log.add(viewer, workerId, entry))));
        if (record.mayChange() || viewer.is(Role.ADMIN)) {
            add(new PlanCard(record, today, planActions()));
        }
    }

    private long siteOf(DevelopmentRecord record) {
        return coaching.siteOf(record.worker());
    }

    private List<Visibility> writable() {
        if (viewer.is(Role.COACH)) {
            return List.of(Visibility.COACH, Visibility.SUPERVISOR, Visibility.WORKER);
        }
        return viewer.is(Role.SUPERVISOR) ? List.of(Visibility.SUPERVISOR, Visibility.WORKER) : List.of();
    }

    private Image photo(Attachment attachment) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> log.photo(viewer, workerId, attachment.file())
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), attachment.file(), "image/jpeg",
                        bytes.length))
                .orElse(DownloadResponse.error(404))), getTranslation("coaching.log.photoAlt"));
        image.addClassName("coaching-photo");
        return image;
    }

    private ObservationsCard.Actions observationActions() {
        return new ObservationsCard.Actions() {
            @Override public void accept(nl.stapwijs.coaching.Observation o) {
                act(() -> observations.accept(viewer, o.id()));
            }

            @Override public void dismiss(nl.stapwijs.coaching.Observation o) {
                act(() -> observations.dismiss(viewer, o.id()));
            }

            @Override public void checkNow() {
                act(() -> Notification.show(getTranslation("coaching.observations.checked",
                        observations.generateNow(viewer, workerId))));
            }

            @Override public Optional<nl.stapwijs.production.ProductionEvent> event(java.util.UUID id) {
                return journal.byId(id).filter(e -> e.workerId() != null && e.workerId() == workerId);
            }

            @Override public java.time.ZoneId zone() {
                return properties.zone();
            }
        };
    }

    private PlanCard.Actions planActions() {
        return new PlanCard.Actions() {
            @Override public void review(LocalDate heldOn, String summary, String agreements) {
                act(() -> coaching.addReview(viewer, workerId, heldOn, summary, agreements));
            }

            @Override public void ladder(nl.stapwijs.coaching.Rung rung, LocalDate measuredOn, String note) {
                act(() -> coaching.addLadderSnapshot(viewer, workerId, rung, measuredOn, note));
            }

            @Override public void placement(nl.stapwijs.coaching.PlacementKind kind, String employer, LocalDate startedOn) {
                act(() -> coaching.addPlacement(viewer, workerId, kind, employer, startedOn, null));
            }

            @Override public void endPlacement(nl.stapwijs.coaching.Placement placement, LocalDate endedOn) {
                act(() -> coaching.endPlacement(viewer, workerId, placement.id(), endedOn));
            }
        };
    }

    /** Runs a change and shows the page again; a refusal is said in words, never as a stack trace. */
    private void act(Runnable change) {
        try {
            change.run();
            render();
        } catch (PhotoStore.NotAPhoto refused) {
            Notification.show(getTranslation("coaching.log.notAPhoto"), 6000, Notification.Position.MIDDLE);
        } catch (IllegalArgumentException | NullPointerException | SecurityException refused) {
            Notification.show(getTranslation("coaching.invalid"), 6000, Notification.Position.MIDDLE);
        }
    }

    private String taskName(List<LocalizedTask> tasks, long id) {
        return tasks.stream().filter(t -> t.id() == id).map(LocalizedTask::name).findFirst()
                .orElseGet(() -> instructions.task(id, "nl").map(LocalizedTask::name).orElse("?"));
    }

    private Optional<Integer> versionNumber(long versionId) {
        return instructions.instruction(versionId, "nl").map(nl.stapwijs.instruction.Instruction::version);
    }
}
