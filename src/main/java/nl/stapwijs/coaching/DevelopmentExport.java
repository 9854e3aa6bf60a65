package nl.stapwijs.coaching;

import java.util.List;
import java.util.Map;

/**
 * Everything coaching holds about one worker, for a data-subject export: every note whatever its
 * visibility, with its photos (base64 JPEG by file name), and every level and decision.
 */
public record DevelopmentExport(
        List<Goal> goals,
        List<LogEntry> entries,
        Map<String, String> photos,
        List<Review> reviews,
        List<LadderSnapshot> ladder,
        List<Placement> placements,
        List<SkillRating> skills,
        List<SupportChange> support,
        List<Observation> observations) {

    public static final DevelopmentExport EMPTY = new DevelopmentExport(List.of(), List.of(), Map.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());
}
