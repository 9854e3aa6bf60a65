package nl.stapwijs.station;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Direction;
import java.util.Locale;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.stapwijs.barcode.FrameDecoder;
import nl.stapwijs.base.DeploymentRole;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.sync.StationSync;
import nl.stapwijs.sync.SyncStatus;
import nl.stapwijs.base.i18n.Languages;
import nl.stapwijs.coaching.ProgressService;
import nl.stapwijs.instruction.InstructionService;
import nl.stapwijs.workforce.WorkforceService;

/**
 * The kiosk at {@code /station/{code}}: renders the station runtime's state and passes every
 * touch and scan to it. It holds no rules of its own.
 */
@Route(value = "station/:code", autoLayout = false)
@PageTitle("Stapwijs")
@AnonymousAllowed
public class StationView extends Div implements BeforeEnterObserver {

    private final StationRuntimes runtimes;
    private final StationAccess access;
    private final StationSync sync;
    private final StapwijsProperties properties;
    private final WorkforceService workforce;
    private final InstructionService instructions;
    private final StationHeader header;
    private final FrameDecoder frames;
    private final ProgressService progress;
    private final Div main = new Div();
    private CameraScanner camera;
    private StationRuntime runtime;
    private Subscription subscription;
    private long lastOutcome;
    private String lastRead = "";
    private WorkforceService.Listening listening;

    public StationView(StationRuntimes runtimes, StationAccess access, WorkforceService workforce,
            InstructionService instructions, StationSync sync, StapwijsProperties properties, FrameDecoder frames,
            ProgressService progress) {
        this.runtimes = runtimes;
        this.access = access;
        this.sync = sync;
        this.properties = properties;
        this.workforce = workforce;
        this.instructions = instructions;
        this.frames = frames;
        this.progress = progress;
        this.header = new StationHeader(() -> runtime.help());
        addClassName("station");
        main.addClassName("station-main");
        add(header, main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        boolean bound = VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && (access.stationOfCookies(request.getCookies()).filter(code::equals).isPresent()
                        || access.isThisDevicesStation(code, request.getRemoteAddr()));
        runtime = bound ? runtimes.runtime(code).orElse(null) : null;
        if (runtime == null) {
            event.rerouteTo(UnknownStationView.class, new RouteParameters("code", code));
            return;
        }
        offerCamera(code, event.getLocation().getQueryParameters().getParameters().containsKey("camera"));
    }

    /** Opened as /station/{code}?camera on a station without a scanner: the camera can scan. */
    private void offerCamera(String code, boolean asked) {
        if (asked && camera == null && !runtimes.hasScanner(code)) {
            camera = new CameraScanner(frames, scanned -> runtime.scan(scanned));
            add(camera);
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        Page page = ui.getPage();
        page.addJavaScript("scripts/station.js");
        // A station never times out: this round trip counts as activity, unlike a staff page left open.
        ui.setPollInterval((int) java.time.Duration.ofMinutes(4).toMillis());
        getElement().executeJs("window.stapwijs.attachWedge(this)");
        getStyle().set("--px-per-mm", String.valueOf(runtime.state().station().pxPerMm()));
        StationState current = runtime.state();
        lastOutcome = current.outcome() == null ? 0 : current.outcome().number();
        render(current);
        subscription = runtime.onChange(state -> ui.access(() -> render(state)));
        showSyncNote();
        ui.addPollListener(poll -> showSyncNote());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.cancel();
        }
        getElement().executeJs("window.stapwijs && window.stapwijs.detachWedge()");
    }

    /** Called by the keyboard-wedge script with whatever the scanner typed before Enter. */
    @ClientCallable
    void scanned(String code) {
        runtime.scan(code);
    }

    private void render(StationState state) {
        Locale locale = Locale.forLanguageTag(state.language());
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.setDirection(Languages.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        getElement().setAttribute("data-mode", state.mode().name());
        header.show(state, locale);
        if (camera != null) {
            // A step screen keeps to its four targets; scanning happens elsewhere.
            camera.setVisible(state.mode() != Mode.STEPS);
        }
        main.removeAll();
        main.add(panel(state, locale));
        playSound(state);
    }

    private void showSyncNote() {
        if (properties.role() != DeploymentRole.STATION) {
            header.showSyncNote(null);
            return;
        }
        SyncStatus status = sync.status();
        Instant last = status.lastSuccess();
        boolean behind = status.paired() && (last == null || last.isBefore(Instant.now().minus(Duration.ofMinutes(5))));
        header.showSyncNote(!behind ? null : last == null ? getTranslation("station.sync.never")
                : getTranslation("station.sync.behind", DateTimeFormatter.ofPattern("d-M HH:mm")
                        .format(last.atZone(properties.zone()))));
    }

    private Component panel(StationState state, Locale locale) {
        return switch (state.mode()) {
            case SIGN_IN -> withNotice(new SignInPanel(workforce.workersOfSite(state.station().siteId()), locale,
                    id -> runtime.signIn(id)), state, locale);
            case CHOOSE_TASK -> withNotice(new TaskChoicePanel(
                    tasksToChoose(state), locale,
                    id -> runtime.chooseTask(id), () -> runtime.showProgress()), state, locale);
            case STEPS -> stepPanel(state, locale);
            case PRODUCTION -> state.menu() != null ? ProductionMenus.of(state.menu(), locale, runtime)
                    : new ProductionPanel(state, locale, runtime);
            case BREAK -> new BreakPanel(locale, () -> runtime.endBreak());
            case DOWNTIME -> new DowntimePanel(state.downtime(), locale, () -> runtime.endDowntime());
            case MY_DAY -> withNotice(new MyDayPanel(state.myDay(), locale, () -> runtime.showProgress(),
                    () -> runtime.finish()), state, locale);
            case PROGRESS -> progressPanel(state, locale);
        };
    }

    /** The station's tasks; after an order sheet was scanned, only those that make the order. */
    private java.util.List<nl.stapwijs.instruction.LocalizedTask> tasksToChoose(StationState state) {
        var tasks = instructions.tasksOfStation(state.station().code(), state.language());
        return state.order() == null ? tasks
                : tasks.stream().filter(task -> state.order().taskIds().contains(task.id())).toList();
    }

    /** Only the worker signed in here, and only what was shared with them. */
    private Component progressPanel(StationState state, Locale locale) {
        long workerId = state.worker().id();
        ProgressPanel panel = new ProgressPanel(progress.of(workerId, state.language()), locale, file -> {
            com.vaadin.flow.component.html.Image photo = new com.vaadin.flow.component.html.Image(
                    com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> progress.photo(workerId, file)
                            .map(bytes -> new com.vaadin.flow.server.streams.DownloadResponse(
                                    new java.io.ByteArrayInputStream(bytes), file, "image/jpeg", bytes.length))
                            .orElse(com.vaadin.flow.server.streams.DownloadResponse.error(404))), "");
            photo.addClassName("progress-photo");
            return photo;
        }, listening(state).rate(), () -> runtime.closeProgress());
        String shown = "progress:" + workerId + ":" + (panel.noteAudio() == null ? "" : panel.noteAudio().getElement().getAttribute("src"));
        if (panel.noteAudio() != null && !shown.equals(lastRead) && listening(state).autoRead()) {
            panel.noteAudio().play();
        }
        lastRead = shown;
        return panel;
    }

    /** The step with its audio; read aloud by itself once per step shown, if the worker wants that. */
    private Component stepPanel(StationState state, Locale locale) {
        ReadAloud audio = state.step().audio() == null ? null
                : new ReadAloud(state.step().audio(), listening(state).rate());
        StepPanel panel = new StepPanel(state, locale, audio, () -> runtime.back(), () -> runtime.next());
        String shown = state.instruction().versionId() + ":" + state.position() + ":" + state.worker().id();
        if (audio != null && !shown.equals(lastRead) && listening(state).autoRead()) {
            audio.play();
        }
        lastRead = shown;
        return panel;
    }

    private WorkforceService.Listening listening(StationState state) {
        if (listening == null || listening.workerId() != state.worker().id()) {
            listening = workforce.listening(state.worker().id());
        }
        return listening;
    }

    private static Component withNotice(Div panel, StationState state, Locale locale) {
        if (state.outcome() instanceof Outcome.Refused refused) {
            panel.addComponentAsFirst(new RefusalNotice(refused, locale));
        }
        return panel;
    }

    private void playSound(StationState state) {
        Outcome outcome = state.outcome();
        if (outcome == null || outcome.number() <= lastOutcome) {
            return;
        }
        lastOutcome = outcome.number();
        if (outcome instanceof Outcome.Confirmed || outcome instanceof Outcome.Rejected
                || outcome instanceof Outcome.OrderStarted) {
            getElement().executeJs("window.stapwijs.sound('ok', 0.4)");
        } else if (outcome instanceof Outcome.Refused) {
            getElement().executeJs("window.stapwijs.sound('refused', 0.3)");
        }
    }
}
