package nl.stapwijs.coaching;

import java.util.List;
import java.util.Map;

/**
 * What a rule found in one worker's week, before it is stored as an observation.
 *
 * @param subject  what it is about, unique per rule within a week ("task:3", "version:7:step:4")
 * @param figures  the numbers the message shows and the evidence view explains
 * @param evidence ids of the journal events it rests on (may be empty when figures say it all)
 */
public record Finding(ObservationRule rule, String subject, Long taskId, Map<String, String> figures,
        List<String> evidence) {

    public Finding {
        figures = Map.copyOf(figures);
        evidence = List.copyOf(evidence);
    }
}
