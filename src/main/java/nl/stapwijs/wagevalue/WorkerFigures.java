package nl.stapwijs.wagevalue;

import nl.stapwijs.workforce.Worker;

/** One row of the period table: a worker and their measurement for the period. */
public record WorkerFigures(Worker worker, Measurement measurement) {
}
