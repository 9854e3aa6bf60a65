package nl.stapwijs.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns the plan's table rows (ISO dates, ids) into the records the rest of the code reads. */
final class PlanRows {

    private PlanRows() {
    }

    static List<Goal> goals(Function<Collection<Long>, List<PlanRepository.LinkRow>> links,
            List<PlanRepository.GoalRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> tasks = new LinkedHashMap<>();
        Map<Long, List<Tag>> skills = new LinkedHashMap<>();
        for (PlanRepository.LinkRow link : links.apply(rows.stream().map(PlanRepository.GoalRow::id).toList())) {
            if (link.taskId() != null) {
                tasks.computeIfAbsent(link.goalId(), g -> new ArrayList<>()).add(link.taskId());
            }
            if (link.skill() != null) {
                skills.computeIfAbsent(link.goalId(), g -> new ArrayList<>()).add(link.skill());
            }
        }
        return rows.stream().map(r -> new Goal(r.id(), r.workerId(), r.text(), date(r.targetDate()), r.status(),
                date(r.reachedOn()), tasks.getOrDefault(r.id(), List.of()), skills.getOrDefault(r.id(), List.of()),
                r.createdBy(), Instant.ofEpochMilli(r.createdAt()))).toList();
    }

    static List<Review> reviews(List<PlanRepository.ReviewRow> rows) {
        return rows.stream().map(r -> new Review(r.id(), r.workerId(), date(r.heldOn()), r.summary(), r.agreements(),
                r.heldBy())).toList();
    }

    static List<LadderSnapshot> ladder(List<PlanRepository.LadderRow> rows) {
        return rows.stream().map(r -> new LadderSnapshot(r.id(), r.workerId(), Rung.of(r.rung()), date(r.measuredOn()),
                r.note(), r.setBy())).toList();
    }

    static List<Placement> placements(List<PlanRepository.PlacementRow> rows) {
        return rows.stream().map(r -> new Placement(r.id(), r.workerId(), r.kind(), r.employer(), date(r.startedOn()),
                date(r.endedOn()), r.createdBy())).toList();
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
