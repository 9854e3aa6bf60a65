package nl.stapwijs.coaching;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.stapwijs.workforce.Worker;

/**
 * One worker on a coach's caseload page.
 *
 * @param support  the current support level per task id, where one was set
 * @param signals  what is worth a look, most pressing first
 */
public record CaseloadRow(Worker worker, LocalDate lastReview, LocalDate nextReview, int openGoals,
        Map<Long, SupportLevel> support, int openObservations, LocalDate lastLadder, List<Signal> signals) {

    public enum Signal {
        /** The review is due by the company's cycle. */
        REVIEW_DUE,
        /** No Participatieladder snapshot in the last six months. */
        LADDER_DUE,
        /** Suggestions from production wait for a decision. */
        OBSERVATIONS,
        /** An open goal is past its target date. */
        GOAL_OVERDUE,
        /** The plan has no open goal. */
        NO_GOAL
    }
}
