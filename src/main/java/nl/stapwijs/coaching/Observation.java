package nl.stapwijs.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A suggestion from production for the coach, with the evidence it rests on and what the coach decided. */
public record Observation(long id, long workerId, LocalDate week, ObservationRule rule, String subject, Long taskId,
        Map<String, String> figures, List<String> evidence, ObservationStatus status, String decidedBy,
        Instant decidedAt) {
}
