package nl.stapwijs.station;

import java.util.List;
import java.util.Optional;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.instruction.Instruction;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.Product;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Worker;

/**
 * Replays a station's journal of today to find where it was: who was signed in, on which task
 * and instruction version, on which step, on a break, waiting for help. A worker whose station
 * lost power finds the same screen when it comes back.
 */
final class StationRestore {

    private final StationServices services;
    private final StationRuntime runtime;

    StationRestore(StationServices services, StationRuntime runtime) {
        this.services = services;
        this.runtime = runtime;
    }

    void replay(List<ProductionEvent> events) {
        Long workerId = null;
        Long taskId = null;
        Long versionId = null;
        SupportLevel support = SupportLevel.DEFAULT;
        Mode mode = Mode.SIGN_IN;
        int position = 0;
        boolean help = false;
        boolean onBreak = false;
        Long orderId = null;
        DowntimeReason downtime = null;
        for (ProductionEvent e : events) {
            switch (e.kind()) {
                case SESSION_STARTED -> {
                    workerId = e.workerId();
                    taskId = e.taskId();
                    versionId = e.instructionVersion();
                    orderId = e.orderId();
                    SupportLevel followed = SupportLevel.fromJournal(e.reason());
                    support = followed == null ? SupportLevel.DEFAULT : followed;
                    mode = taskId == null ? Mode.CHOOSE_TASK : Mode.PRODUCTION;
                    position = 0;
                    onBreak = false;
                    downtime = taskId == null ? null : downtime;
                }
                case SESSION_ENDED -> {
                    workerId = null;
                    taskId = null;
                    mode = Mode.SIGN_IN;
                    help = false;
                    onBreak = false;
                    downtime = null;
                }
                case DOWNTIME_STARTED -> downtime = reason(e);
                case DOWNTIME_ENDED -> downtime = null;
                case STEP_SHOWN -> {
                    mode = Mode.STEPS;
                    position = e.step() == null ? 1 : e.step();
                }
                case STEP_DONE -> {
                    if (versionId != null && e.step() != null) {
                        Optional<Instruction> instruction = services.instructions().instruction(versionId, "nl");
                        if (instruction.isPresent() && e.step() >= instruction.get().size()) {
                            mode = Mode.PRODUCTION;
                        }
                    }
                }
                case UNIT -> {
                    mode = Mode.PRODUCTION;
                    onBreak = false;
                    downtime = null;
                }
                case HELP_REQUESTED -> help = true;
                case HELP_GIVEN -> help = false;
                case BREAK_STARTED -> onBreak = true;
                case BREAK_ENDED -> onBreak = false;
                default -> { }
            }
        }
        if (workerId == null) {
            return;
        }
        Optional<Worker> worker = services.workforce().worker(workerId);
        if (worker.isEmpty()) {
            return;
        }
        StationState restored = runtime.state().withWorker(worker.get());
        if (taskId != null) {
            String language = worker.get().language();
            Optional<LocalizedTask> task = services.instructions().task(taskId, language);
            if (task.isPresent()) {
                Instruction instruction = versionId == null ? null
                        : services.instructions().instruction(versionId, language).orElse(null);
                Product product = task.get().task().productId() == null ? null
                        : services.products().product(task.get().task().productId()).orElse(null);
                long units = services.unitsToday(workerId, taskId);
                CustomerOrder order = orderId == null ? null : services.orders().order(orderId).orElse(null);
                restored = restored.withOrder(order).withTask(task.get(), instruction, product, units, support)
                        .with(onBreak ? Mode.BREAK : mode).withPosition(position);
                if (downtime != null) {
                    restored = restored.withDowntime(downtime);
                }
            }
        }
        runtime.restoreTo(restored.withHelp(help));
    }

    private static DowntimeReason reason(ProductionEvent event) {
        DowntimeReason reason = DowntimeReason.parse(event.reason());
        return reason == null ? DowntimeReason.NO_WORK : reason;
    }
}
