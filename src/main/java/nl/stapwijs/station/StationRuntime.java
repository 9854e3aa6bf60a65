package nl.stapwijs.station;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.stapwijs.barcode.ScanReading;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.Subscription;
import nl.stapwijs.coaching.StepEvidence;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.hardware.ScanSource;
import nl.stapwijs.hardware.StationPanel;
import nl.stapwijs.hardware.StationPanel.Input;
import nl.stapwijs.hardware.StationPanel.Signal;
import nl.stapwijs.instruction.Instruction;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.NewEvent;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductService;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.production.RejectReason;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Worker;

/**
 * One station's worker flow: sign in, choose a task (or scan an order sheet), follow its steps,
 * count units, set rejects aside, ask for help, take a break, register downtime, sign out.
 * Every action that matters is written to the journal first; the state (and so the screen)
 * changes only after the commit. All inputs (browser, scanners, buttons) arrive here and are
 * handled one at a time.
 */
public class StationRuntime {

    private final StationServices services;
    private final StationPanel panel;
    private final Listeners<StationState> listeners = new Listeners<>();
    private final List<Subscription> deviceSubscriptions = new ArrayList<>();
    private final StationProblems problems = new StationProblems(this);
    private StationState state;
    /** The local day the current session began on. */
    private LocalDate sessionDay;
    private long outcomes;
    /** Where the progress screen goes back to; a screen, not a fact, so it is not journalled. */
    private Mode progressReturn = Mode.CHOOSE_TASK;

    StationRuntime(Station station, StationServices services, StationPanel panel, List<ScanSource> scanners) {
        this.services = services;
        this.panel = panel;
        this.state = StationState.signIn(station);
        deviceSubscriptions.add(panel.onPressed(Input.HELP, this::help));
        deviceSubscriptions.add(panel.onPressed(Input.COUNT_PEDAL, this::count));
        deviceSubscriptions.add(panel.onPressed(Input.COUNT_BARRIER, this::count));
        scanners.forEach(scanner -> deviceSubscriptions.add(scanner.onScan(this::scan)));
    }

    public synchronized StationState state() {
        return state;
    }

    public String code() {
        return state.station().code();
    }

    /** Listeners are called on the thread that changed the state; views hand over with ui.access. */
    public Subscription onChange(Consumer<StationState> listener) {
        return listeners.add(listener);
    }

    /** Anything a scanner or the browser's keyboard wedge delivered. */
    public synchronized Outcome scan(String raw) {
        endSessionOfAnotherDay();
        ScanReading reading = ScanReading.of(raw);
        if (reading instanceof ScanReading.Unreadable unreadable) {
            return refuse(Refusal.UNREADABLE, unreadable.shown(), unreadable.problem().name());
        }
        String code = ((ScanReading.Readable) reading).code();
        // While producing, almost every scan is the expected product: look that up first.
        if (state.product() != null && state.mode() != Mode.SIGN_IN && !signedOut()) {
            Optional<Product> scanned = services.products().productByBarcode(code);
            if (scanned.isPresent()) {
                return productScanned(code, scanned.get());
            }
        }
        Optional<Worker> badge = services.workforce().workerByBadge(code);
        if (badge.isPresent()) {
            return badgeScanned(badge.get(), code);
        }
        if (code.startsWith(ProductService.ORDER_PREFIX)) {
            return new OrderSheetScan(this, services.orders()).scanned(code);
        }
        return switch (state.mode()) {
            case SIGN_IN, MY_DAY -> refuse(Refusal.NOT_SIGNED_IN, code, null);
            case CHOOSE_TASK -> refuse(Refusal.CHOOSE_TASK_FIRST, code, null);
            case PROGRESS -> refuse(signedOut() ? Refusal.NOT_SIGNED_IN : Refusal.CHOOSE_TASK_FIRST, code, null);
            case STEPS, PRODUCTION, BREAK, DOWNTIME -> services.products().productByBarcode(code)
                    .map(product -> productScanned(code, product))
                    .orElseGet(() -> refuse(Refusal.UNKNOWN_CODE, code, null));
        };
    }

    public synchronized void signIn(long workerId) {
        endSessionOfAnotherDay();
        services.workforce().worker(workerId).ifPresent(this::startSession);
    }

    /** The id of a task this station offers, by its code. */
    public Optional<Long> taskCalled(String taskCode) {
        return services.instructions().tasksOfStation(code(), "nl").stream()
                .filter(task -> task.task().code().equals(taskCode)).map(LocalizedTask::id).findFirst();
    }

    public synchronized void chooseTask(long taskId) {
        if (state.worker() == null) {
            return;
        }
        Optional<LocalizedTask> task = services.instructions().task(taskId, state.language());
        if (task.isEmpty()) {
            return;
        }
        Optional<Instruction> instruction = services.instructions().currentInstruction(taskId, state.language());
        Product product = task.get().task().productId() == null ? null
                : services.products().product(task.get().task().productId()).orElse(null);
        Long version = instruction.map(Instruction::versionId).orElse(null);
        endPauses();
        state = state.withOrder(OrderSheetScan.orderFor(state, services.orders(), taskId));
        // The level in force now holds until the task ends; the journal says which one the station followed.
        SupportLevel support = services.supportLevels().of(state.worker().id(), taskId);
        append(event(EventKind.SESSION_STARTED).withInstructionVersion(version).withReason(support.journalReason()), taskId);
        long units = services.unitsToday(state.worker().id(), taskId);
        StationState next = state.withTask(task.get(), instruction.orElse(null), product, units, support);
        if (support == SupportLevel.FULL_GUIDANCE && instruction.isPresent() && instruction.get().size() > 0) {
            state = next.with(Mode.STEPS);
            showStep(1, null);
        } else {
            change(next.with(Mode.PRODUCTION));
        }
        panel.show(Signal.WORKING);
    }

    public synchronized void next() {
        if (state.mode() != Mode.STEPS) {
            return;
        }
        append(event(EventKind.STEP_DONE).withStep(state.position()), state.task().id());
        if (state.position() < state.instruction().size()) {
            showStep(state.position() + 1, null);
        } else {
            change(state.with(Mode.PRODUCTION));
        }
    }

    public synchronized void back() {
        if (state.mode() == Mode.STEPS && state.position() > 1) {
            showStep(state.position() - 1, StepEvidence.BACK);
        }
    }

    /** From production back to the steps, e.g. when the worker wants to check how it is done. */
    public synchronized void showSteps() {
        if (state.mode() == Mode.PRODUCTION && state.instruction() != null && state.instruction().size() > 0) {
            state = state.with(Mode.STEPS);
            showStep(1, StepEvidence.ON_REQUEST);
        }
    }

    public synchronized void help() {
        if (state.worker() == null || state.helpWaiting()) {
            return;
        }
        Integer step = state.mode() == Mode.STEPS ? state.position() : null;
        append(event(EventKind.HELP_REQUESTED).withStep(step)
                .withInstructionVersion(state.instruction() == null ? null : state.instruction().versionId()), taskId());
        change(state.withHelp(true));
        panel.show(Signal.HELP_WAITING);
    }

    /** Called when the journal says a supervisor gave help here. */
    synchronized void helpGiven() {
        if (state.helpWaiting()) {
            change(state.withHelp(false));
            panel.show(state.worker() == null ? Signal.IDLE : Signal.WORKING);
        }
    }

    public synchronized void startBreak() {
        if (state.mode() == Mode.PRODUCTION || state.mode() == Mode.STEPS) {
            append(event(EventKind.BREAK_STARTED), taskId());
            change(state.with(Mode.BREAK));
        }
    }

    public synchronized void endBreak() {
        if (state.mode() == Mode.BREAK) {
            append(event(EventKind.BREAK_ENDED), taskId());
            change(state.with(Mode.PRODUCTION));
        }
    }

    /** Opens a choice on the production screen (why a piece is set aside, why work stops), or closes it (null). */
    public synchronized void open(StationState.Menu menu) {
        if (state.mode() == Mode.PRODUCTION && state.task() != null && state.menu() != menu) {
            change(state.withMenu(menu));
        }
    }

    /** A piece set aside as a reject, with its reason; today's count of good units stays. */
    public synchronized Optional<Outcome> reject(RejectReason reason) {
        return problems.reject(reason);
    }

    public synchronized void startDowntime(DowntimeReason reason) {
        problems.start(reason);
    }

    public synchronized void endDowntime() {
        problems.end();
    }

    /** Called when the journal holds a downtime event for this station, e.g. one a supervisor started on the floor. */
    synchronized void downtimeRecorded(ProductionEvent event) {
        problems.recorded(event);
    }

    /** A pedal press or light-barrier pass: one unit of the current task. */
    public synchronized Optional<Outcome> count() {
        if (state.task() == null || !(state.mode() == Mode.PRODUCTION || state.mode() == Mode.STEPS || state.mode() == Mode.BREAK
                || state.mode() == Mode.DOWNTIME)) {
            return Optional.empty();
        }
        return Optional.of(confirm(1, null));
    }

    public synchronized void signOut() {
        if (state.worker() == null) {
            return;
        }
        Worker worker = state.worker();
        endPauses();
        append(event(EventKind.SESSION_ENDED), taskId());
        change(state.withMyDay(services.myDay(worker)));
        panel.show(Signal.IDLE);
    }

    /** The worker's own progress, from the task choice (signed in) or from "my day" (signed out). */
    public synchronized void showProgress() {
        if (state.mode() == Mode.CHOOSE_TASK || state.mode() == Mode.MY_DAY) {
            progressReturn = state.mode();
            change(state.with(Mode.PROGRESS));
        }
    }

    public synchronized void closeProgress() {
        if (state.mode() == Mode.PROGRESS) {
            change(state.with(progressReturn));
        }
    }

    /** Leaves "my day" for the next person. */
    public synchronized void finish() {
        if (signedOut()) {
            change(StationState.signIn(state.station()));
        }
    }

    /** Rebuilds where this station was from its journal, e.g. after a power cut. */
    synchronized void restore(List<ProductionEvent> today) {
        new StationRestore(services, this).replay(today);
    }

    /**
     * Someone who is still signed in from an earlier day forgot to sign out: their session
     * ends now, marked as left open, and the station is free for the day. Checked before every
     * scan and sign-in, and every minute by {@link StationRuntimes}.
     */
    synchronized void endSessionOfAnotherDay() {
        if (state.worker() == null || signedOut() || services.today().equals(sessionDay)) {
            return;
        }
        endPauses();
        append(event(EventKind.SESSION_ENDED).withReason(EventKind.LEFT_OPEN), taskId());
        change(StationState.signIn(state.station()));
        panel.show(Signal.IDLE);
    }

    synchronized void restoreTo(StationState restored) {
        sessionDay = services.today(); // the station restores from today's journal only
        state = restored;
        panel.show(restored.helpWaiting() ? Signal.HELP_WAITING : restored.worker() == null ? Signal.IDLE : Signal.WORKING);
    }

    /** For the order sheet scan: the state is set without telling the screens yet. */
    void setQuietly(StationState next) {
        state = next;
    }

    long nextOutcome() {
        return ++outcomes;
    }

    void close() {
        deviceSubscriptions.forEach(Subscription::cancel);
    }

    private Outcome badgeScanned(Worker worker, String code) {
        if (state.worker() != null && state.worker().id() == worker.id() && !signedOut()) {
            return refuse(Refusal.ALREADY_SIGNED_IN, code, null);
        }
        startSession(worker);
        return new Outcome.SignedIn(++outcomes, worker.id());
    }

    private void startSession(Worker worker) {
        if (state.worker() != null && !signedOut()) {
            // Someone forgot to sign out; the next badge takes over the station.
            endPauses();
            append(event(EventKind.SESSION_ENDED).withReason(EventKind.LEFT_OPEN), taskId());
        }
        sessionDay = services.today();
        state = state.withWorker(worker);
        append(event(EventKind.SESSION_STARTED), null);
        change(state);
        panel.show(Signal.WORKING);
    }

    private Outcome productScanned(String code, Product scanned) {
        if (state.product() == null || scanned.id() != state.product().id()) {
            return refuse(Refusal.WRONG_PRODUCT, code, null);
        }
        // One trigger is one count, even for identical codes in a row (packaging is full of
        // identical boxes), except where each unit carries its own serial.
        if (scanned.serialised() && services.journal().unitCounted(code)) {
            return refuse(Refusal.ALREADY_COUNTED, code, null);
        }
        return confirm(scanned.unitsPerScan(), code);
    }

    private Outcome confirm(int quantity, String code) {
        // Something counted means work goes on: an open break or downtime ends first.
        endPauses();
        ProductionEvent unit = append(event(EventKind.UNIT).withQuantity(quantity).withCode(code)
                .withInstructionVersion(state.instruction() == null ? null : state.instruction().versionId()), taskId());
        Outcome outcome = new Outcome.Confirmed(++outcomes, quantity, unit.seq());
        change(state.withUnits(state.unitsToday() + quantity).withOutcome(outcome).with(Mode.PRODUCTION));
        panel.show(Signal.CONFIRMED);
        return outcome;
    }

    /** Ends an open break or downtime in the journal, before something that means work goes on (or stops). */
    void endPauses() {
        problems.endPauses();
    }

    Outcome refuse(Refusal refusal, String shownCode, String detail) {
        String journalCode = shownCode == null ? null : ScanReading.printable(shownCode);
        append(event(EventKind.SCAN_REFUSED).withCode(journalCode)
                .withReason(detail == null ? refusal.name() : refusal.name() + ":" + detail), taskId());
        Outcome outcome = new Outcome.Refused(++outcomes, refusal, state.product(), journalCode);
        change(state.withOutcome(outcome));
        panel.show(Signal.REFUSED);
        return outcome;
    }

    /** @param why null when the worker moves forward, else why the step came back (evidence for coaching) */
    private void showStep(int position, String why) {
        append(event(EventKind.STEP_SHOWN).withStep(position).withReason(why)
                .withInstructionVersion(state.instruction().versionId()), taskId());
        change(state.withPosition(position));
    }

    /** "My day", or the progress screen opened from it: the worker's session has ended. */
    private boolean signedOut() {
        return state.mode() == Mode.MY_DAY || state.mode() == Mode.PROGRESS && progressReturn == Mode.MY_DAY;
    }

    Long taskId() {
        return state.task() == null ? null : state.task().id();
    }

    NewEvent event(EventKind kind) {
        return NewEvent.of(code(), kind, state.worker() == null ? null : state.worker().id(), null);
    }

    /** Every event of a task session carries the session's order, so each unit is traced to it. */
    ProductionEvent append(NewEvent event, Long taskId) {
        Long orderId = taskId == null || state.order() == null ? null : state.order().id();
        NewEvent withTask = new NewEvent(event.station(), event.kind(), event.workerId(), taskId,
                event.instructionVersion(), event.quantity(), event.code(), event.step(), event.reason(), orderId);
        return services.journal().append(withTask);
    }

    void change(StationState next) {
        state = next;
        listeners.fire(next);
    }
}
