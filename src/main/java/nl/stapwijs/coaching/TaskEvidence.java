package nl.stapwijs.coaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * Production figures shown beside a skill or support level as evidence, never turned into one:
 * the last weeks' sessions on the task, units, rejects, help calls, and what each step saw.
 */
public record TaskEvidence(long taskId, int sessions, long units, long rejects, int helpCalls, List<StepEvidence> steps) {

    /** How far back the evidence beside the levels reaches. */
    public static final int WEEKS = 4;

    /** @param journal one worker's events in time order */
    static Map<Long, TaskEvidence> of(List<ProductionEvent> journal) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, long[]> units = new LinkedHashMap<>();
        for (ProductionEvent e : journal) {
            if (e.taskId() == null) {
                continue;
            }
            if (e.kind() == EventKind.SESSION_STARTED) {
                counts.computeIfAbsent(e.taskId(), t -> new int[2])[0]++;
            } else if (e.kind() == EventKind.HELP_REQUESTED) {
                counts.computeIfAbsent(e.taskId(), t -> new int[2])[1]++;
            } else if (e.kind() == EventKind.UNIT || e.kind() == EventKind.REJECT) {
                units.computeIfAbsent(e.taskId(), t -> new long[2])[e.kind() == EventKind.UNIT ? 0 : 1] += e.quantity();
            }
        }
        List<StepEvidence> steps = StepEvidence.of(journal);
        Map<Long, Long> taskOfVersion = new LinkedHashMap<>();
        journal.stream().filter(e -> e.instructionVersion() != null && e.taskId() != null)
                .forEach(e -> taskOfVersion.putIfAbsent(e.instructionVersion(), e.taskId()));
        Map<Long, TaskEvidence> evidence = new LinkedHashMap<>();
        counts.forEach((task, c) -> {
            long[] u = units.getOrDefault(task, new long[2]);
            List<StepEvidence> own = new ArrayList<>(steps.stream()
                    .filter(s -> task.equals(taskOfVersion.get(s.versionId()))).toList());
            evidence.put(task, new TaskEvidence(task, c[0], u[0], u[1], c[1], own));
        });
        return evidence;
    }
}
