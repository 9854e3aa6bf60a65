package nl.stapwijs.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.stapwijs.coaching.TaskSessions.Session;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * One step that keeps asking for help: at least three help calls this week from the same step
 * of the same instruction version. It often says more about the step than about the worker.
 */
final class StepHelpRule {

    static final int CALLS = 3;

    private record Place(long versionId, int step) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            int byVersion = Long.compare(versionId, other.versionId);
            return byVersion != 0 ? byVersion : Integer.compare(step, other.step);
        }
    }

    List<Finding> find(WorkerWeek week) {
        List<Session> sessions = TaskSessions.of(week.journal(), week.support());
        Map<Place, List<ProductionEvent>> calls = new TreeMap<>();
        Map<Place, Long> tasks = new TreeMap<>();
        for (ProductionEvent e : week.journal()) {
            if (e.kind() != EventKind.HELP_REQUESTED || e.step() == null || !week.inWeek(e.occurredAt())) {
                continue;
            }
            Long version = TaskSessions.versionOf(e, sessions);
            if (version != null) {
                Place place = new Place(version, e.step());
                calls.computeIfAbsent(place, p -> new ArrayList<>()).add(e);
                tasks.putIfAbsent(place, e.taskId());
            }
        }
        List<Finding> findings = new ArrayList<>();
        calls.forEach((place, events) -> {
            if (events.size() >= CALLS) {
                Long task = tasks.get(place);
                findings.add(new Finding(ObservationRule.HELP_FROM_STEP,
                        "version:" + place.versionId() + ":step:" + place.step(), task,
                        Map.of("task", String.valueOf(task), "versionId", String.valueOf(place.versionId()),
                                "step", String.valueOf(place.step()), "calls", String.valueOf(events.size())),
                        events.stream().map(h -> h.id().toString()).toList()));
            }
        });
        return findings;
    }
}
