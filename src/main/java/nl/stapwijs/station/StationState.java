package nl.stapwijs.station;

import java.util.List;
import nl.stapwijs.coaching.SupportLevel;
import nl.stapwijs.instruction.Instruction;
import nl.stapwijs.instruction.LocalizedTask;
import nl.stapwijs.instruction.Step;
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
        SupportLevel support) {

    public static StationState signIn(Station station) {
        return new StationState(station, Mode.SIGN_IN, null, null, null, 0, null, 0, false, null, List.of(), SupportLevel.DEFAULT);
    }

    public String language() {
        return worker == null ? "nl" : worker.language();
    }

    public Step step() {
        return instruction == null || position < 1 || position > instruction.size() ? null : instruction.step(position);
    }

    StationState with(Mode newMode) {
        return new StationState(station, newMode, worker, task, instruction, position, product, unitsToday, helpWaiting, outcome, myDay, support);
    }

    StationState withPosition(int newPosition) {
        return new StationState(station, mode, worker, task, instruction, newPosition, product, unitsToday, helpWaiting, outcome, myDay, support);
    }

    StationState withHelp(boolean waiting) {
        return new StationState(station, mode, worker, task, instruction, position, product, unitsToday, waiting, outcome, myDay, support);
    }

    StationState withOutcome(Outcome newOutcome) {
        return new StationState(station, mode, worker, task, instruction, position, product, unitsToday, helpWaiting, newOutcome, myDay, support);
    }

    StationState withUnits(long units) {
        return new StationState(station, mode, worker, task, instruction, position, product, units, helpWaiting, outcome, myDay, support);
    }

    StationState withWorker(Worker newWorker) {
        return new StationState(station, Mode.CHOOSE_TASK, newWorker, null, null, 0, null, 0, false, null, List.of(), SupportLevel.DEFAULT);
    }

    StationState withTask(LocalizedTask newTask, Instruction newInstruction, Product newProduct, long units,
            SupportLevel level) {
        return new StationState(station, mode, worker, newTask, newInstruction, 0, newProduct, units, helpWaiting, null, myDay, level);
    }

    StationState withMyDay(List<DayLine> lines) {
        return new StationState(station, Mode.MY_DAY, worker, null, null, 0, null, 0, false, null, lines, SupportLevel.DEFAULT);
    }
}
