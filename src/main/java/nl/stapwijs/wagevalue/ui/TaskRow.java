package nl.stapwijs.wagevalue.ui;

import nl.stapwijs.wagevalue.NormedMeasurement;
import nl.stapwijs.wagevalue.TaskMeasurement;

/** One line of the task table: a task under one norm version, main task or not. */
record TaskRow(TaskMeasurement task, NormedMeasurement figures, boolean main) {
}
