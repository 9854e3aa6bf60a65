package nl.stapwijs.station;

import java.util.List;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.OrderAtStation;
import nl.stapwijs.production.OrderService;

/**
 * What scanning an order sheet does at a station: from now on the station works on that order,
 * through the one task here that makes it (or the worker picks one, if several do). Called by
 * the runtime while it holds its lock.
 */
final class OrderSheetScan {

    private final StationRuntime runtime;
    private final OrderService orders;

    OrderSheetScan(StationRuntime runtime, OrderService orders) {
        this.runtime = runtime;
        this.orders = orders;
    }

    Outcome scanned(String code) {
        StationState state = runtime.state();
        if (state.worker() == null || state.mode() == Mode.SIGN_IN || state.mode() == Mode.MY_DAY) {
            return runtime.refuse(Refusal.NOT_SIGNED_IN, code, null);
        }
        return switch (orders.atStation(code, state.station())) {
            case OrderAtStation.Unknown unknown -> runtime.refuse(Refusal.UNKNOWN_CODE, code, null);
            case OrderAtStation.Closed closed -> runtime.refuse(Refusal.ORDER_CLOSED, code, null);
            case OrderAtStation.Elsewhere elsewhere -> runtime.refuse(Refusal.ORDER_ELSEWHERE, code, null);
            case OrderAtStation.Startable startable -> start(startable.order(), startable.taskIds());
        };
    }

    /** The order a task starts with: the scanned sheet's, if it is made by this task, or the one the station was on. */
    static CustomerOrder orderFor(StationState state, OrderService orders, long taskId) {
        if (state.order() != null && state.order().taskIds().contains(taskId)) {
            return state.order();
        }
        return orders.continuing(state.station(), taskId).orElse(null);
    }

    private Outcome start(CustomerOrder order, List<Long> tasksHere) {
        Outcome outcome = new Outcome.OrderStarted(runtime.nextOutcome(), order.id(), order.code());
        Long current = runtime.taskId();
        // Whatever happens next is work, or a choice of work: an open break or downtime ends.
        runtime.endPauses();
        StationState state = runtime.state();
        if (current != null && tasksHere.contains(current)) {
            // The same task, from now on for this order: a new task session, without the steps again.
            runtime.setQuietly(state.withOrder(order));
            runtime.append(runtime.event(EventKind.SESSION_STARTED)
                    .withInstructionVersion(state.instruction() == null ? null : state.instruction().versionId())
                    .withReason(state.support().journalReason()), current);
            StationState now = runtime.state();
            runtime.change(now.withOutcome(outcome).with(now.mode() == Mode.STEPS ? Mode.STEPS : Mode.PRODUCTION));
        } else if (tasksHere.size() == 1) {
            runtime.setQuietly(state.withOrder(order));
            runtime.chooseTask(tasksHere.get(0));
            runtime.change(runtime.state().withOutcome(outcome));
        } else {
            // Several tasks here make it: the worker picks one, as after signing in.
            if (current != null) {
                runtime.append(runtime.event(EventKind.SESSION_STARTED), null);
            }
            runtime.change(state.withWorker(state.worker()).withOrder(order).withOutcome(outcome));
        }
        return outcome;
    }
}
