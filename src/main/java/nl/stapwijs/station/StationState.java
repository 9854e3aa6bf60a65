package nl.stapwijs.station;

import java.util.List;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.instruction.Instruction;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.instruction.Step;
import nl.stapwijs.production.CustomerOrder;
import nl.stapwijs.production.DowntimeReason;
import nl.stapwijs.production.Product;
import nl.stapwijs.workforce.Station;
import nl.stapwijs.workforce.Worker;

/**
 * An immutable picture of a station at one moment; screens render it and nothing else.
 *
 * @param instruction the version the worker started the task with, kept until the task ends
 * @param position    the step shown (1-based) while in {@link Mode#STEPS}
 * @param unitsToday  this worker's units on this task today
 * @param outcome     the latest scan or count answer, or null
 * @param order       the customer order worked on (while choosing: the one whose sheet was scanned), or null
 * @param downtime    why work stands still while in {@link Mode#DOWNTIME}, else null
 * @param menu        the choice open on the production screen, or null
 * @param support     the support level the worker's task started with, kept until the task ends
 */
public record StationState(
        Station station,
        Mode mode,
        Worker worker,
        LocalizedTask task,
        Instruction instruction,
        int position,
        Product product,
        long unitsToday,
        boolean helpWaiting,
        Outcome outcome,
        List<DayLine> myDay,
        CustomerOrder order,
        DowntimeReason downtime,
        Menu menu,
        SupportLevel support) {

    /** A choice the production screen can open: why a piece is set aside, or why work stops. */
    public enum Menu {
        REJECT,
        DOWNTIME
    }

    public static StationState signIn(Station station) {
        return new StationState(station, Mode.SIGN_IN, null, null, null, 0, null, 0, false, null, List.of(),
                null, null, null, SupportLevel.DEFAULT);
    }

    public String language() {
        return worker == null ? "nl" : worker.language();
    }

    public Step step() {
        return instruction == null || position < 1 || position > instruction.size() ? null : instruction.step(position);
    }

    StationState with(Mode newMode) {
        // A new screen closes any open choice.
        return new StationState(station, newMode, worker, task, instruction, position, product, unitsToday, helpWaiting,
                outcome, myDay, order, downtime, null, support);
    }

    StationState withPosition(int newPosition) {
        return new StationState(station, mode, worker, task, instruction, newPosition, product, unitsToday, helpWaiting,
                outcome, myDay, order, downtime, menu, support);
    }

    StationState withHelp(boolean waiting) {
        return new StationState(station, mode, worker, task, instruction, position, product, unitsToday, waiting,
                outcome, myDay, order, downtime, menu, support);
    }

    StationState withOutcome(Outcome newOutcome) {
        return new StationState(station, mode, worker, task, instruction, position, product, unitsToday, helpWaiting,
                newOutcome, myDay, order, downtime, menu, support);
    }

    StationState withUnits(long units) {
        return new StationState(station, mode, worker, task, instruction, position, product, units, helpWaiting,
                outcome, myDay, order, downtime, menu, support);
    }

    StationState withWorker(Worker newWorker) {
        return new StationState(station, Mode.CHOOSE_TASK, newWorker, null, null, 0, null, 0, false, null, List.of(),
                null, null, null, SupportLevel.DEFAULT);
    }

    StationState withTask(LocalizedTask newTask, Instruction newInstruction, Product newProduct, long units,
            SupportLevel level) {
        return new StationState(station, mode, worker, newTask, newInstruction, 0, newProduct, units, helpWaiting, null,
                myDay, order, downtime, null, level);
    }

    StationState withMyDay(List<DayLine> lines) {
        return new StationState(station, Mode.MY_DAY, worker, null, null, 0, null, 0, false, null, lines, null, null, null, SupportLevel.DEFAULT);
    }

    StationState withOrder(CustomerOrder newOrder) {
        return new StationState(station, mode, worker, task, instruction, position, product, unitsToday, helpWaiting,
                outcome, myDay, newOrder, downtime, menu, support);
    }

    /** Downtime starts (a reason) or ends (null); either way the production screen is behind it. */
    StationState withDowntime(DowntimeReason reason) {
        return new StationState(station, reason == null ? Mode.PRODUCTION : Mode.DOWNTIME, worker, task, instruction,
                position, product, unitsToday, helpWaiting, outcome, myDay, order, reason, null, support);
    }

    StationState withMenu(Menu open) {
        return new StationState(station, mode, worker, task, instruction, position, product, unitsToday, helpWaiting,
                outcome, myDay, order, downtime, open, support);
    }
}
