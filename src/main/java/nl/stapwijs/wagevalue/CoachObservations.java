package nl.stapwijs.wagevalue;

import java.time.LocalDate;
import java.util.List;

/**
 * The hook through which the coaching feature gives the evidence pack its observations: the
 * coach's dated notes on how the worker works (pace, quality, independence, what helps), for one
 * worker and period. Coaching implements it as a bean; until it does, packs say that no coach
 * observations were recorded, rather than inventing any.
 */
public interface CoachObservations {

    /** @param to inclusive */
    List<CoachObservation> observations(long workerId, LocalDate from, LocalDate to);

    /** One observation as the pack prints it. */
    record CoachObservation(LocalDate date, String author, String text) {
    }
}
