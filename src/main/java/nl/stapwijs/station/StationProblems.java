package nl.stapwijs.station;

import java.util.Optional;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.production.RejectReason;

/**
 * When something is wrong at a station: a piece set aside as a reject, or work that stands
 * still (downtime), started by the worker or by a supervisor on the floor. Called by the
 * runtime while it holds its lock.
 */
final class StationProblems {

    private final StationRuntime runtime;

    StationProblems(StationRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Sets one piece aside (what one scan counts) as a reject with its reason. It is produced but
     * unusable: today's count of good units stays as it is, and nothing is taken away.
     */
    Optional<Outcome> reject(RejectReason reason) {
        StationState state = runtime.state();
        if (state.task() == null || !working(state)) {
            return Optional.empty();
        }
        int quantity = state.product() == null ? 1 : state.product().unitsPerScan();
        ProductionEvent rejected = runtime.append(runtime.event(EventKind.REJECT).withQuantity(quantity)
                .withReason(reason.name())
                .withInstructionVersion(state.instruction() == null ? null : state.instruction().versionId()),
                runtime.taskId());
        Outcome outcome = new Outcome.Rejected(runtime.nextOutcome(), reason, rejected.seq());
        runtime.change(runtime.state().withOutcome(outcome).with(Mode.PRODUCTION));
        return Optional.of(outcome);
    }

    /** Work stops for a reason outside the worker; the floor shows it at once. */
    void start(DowntimeReason reason) {
        StationState state = runtime.state();
        if (state.task() == null || !working(state)) {
            return;
        }
        runtime.append(runtime.event(EventKind.DOWNTIME_STARTED).withReason(reason.name()), runtime.taskId());
        if (runtime.state().downtime() == null) {
            runtime.change(runtime.state().withDowntime(reason));
        }
    }

    void end() {
        StationState state = runtime.state();
        if (state.downtime() != null) {
            runtime.append(runtime.event(EventKind.DOWNTIME_ENDED).withReason(state.downtime().name()), runtime.taskId());
            runtime.change(runtime.state().withDowntime(null));
        }
    }

    /** The journal holds a downtime event for this station, e.g. one a supervisor started on the floor. */
    void recorded(ProductionEvent event) {
        StationState state = runtime.state();
        if (event.kind() == EventKind.DOWNTIME_ENDED && state.downtime() != null) {
            runtime.change(state.withDowntime(null));
        } else if (event.kind() == EventKind.DOWNTIME_STARTED && state.downtime() == null && state.task() != null
                && (working(state) || state.mode() == Mode.BREAK)) {
            if (state.mode() == Mode.BREAK) {
                runtime.append(runtime.event(EventKind.BREAK_ENDED), runtime.taskId());
            }
            DowntimeReason reason = DowntimeReason.parse(event.reason());
            runtime.change(runtime.state().withDowntime(reason == null ? DowntimeReason.NO_WORK : reason));
        }
    }

    /** An open break or downtime ends in the journal; the screens are told with the next change. */
    void endPauses() {
        if (runtime.state().mode() == Mode.BREAK) {
            runtime.append(runtime.event(EventKind.BREAK_ENDED), runtime.taskId());
            runtime.setQuietly(runtime.state().with(Mode.PRODUCTION));
        }
        StationState state = runtime.state();
        if (state.downtime() != null) {
            runtime.append(runtime.event(EventKind.DOWNTIME_ENDED).withReason(state.downtime().name()), runtime.taskId());
            runtime.setQuietly(runtime.state().withDowntime(null));
        }
    }

    private static boolean working(StationState state) {
        return state.mode() == Mode.PRODUCTION || state.mode() == Mode.STEPS;
    }
}
