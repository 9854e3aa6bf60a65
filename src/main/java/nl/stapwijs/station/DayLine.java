package nl.stapwijs.station;

import nl.stapwijs.instruction.LocalizedTask;

/** One line of "my day": a task and how many units, in words and with its picture. */
public record DayLine(LocalizedTask task, long units) {
}
