package nl.stapwijs.coaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.coaching.TaskSessions.Session;

/**
 * Support that may fade: the last ten sessions on a task ran at full guidance and none had a
 * help call, so the worker may manage with steps on request. A suggestion, never a change.
 */
final class SupportRule {

    static final int SESSIONS = 10;

    List<Finding> find(WorkerWeek week) {
        List<Session> sessions = TaskSessions.of(week.journal(), week.support()).stream()
                .filter(s -> s.start().isBefore(week.end())).toList();
        Map<Long, List<Session>> byTask = new LinkedHashMap<>();
        sessions.forEach(s -> byTask.computeIfAbsent(s.taskId(), t -> new ArrayList<>()).add(s));
        List<Finding> findings = new ArrayList<>();
        byTask.forEach((task, all) -> {
            if (week.support().current(task) != SupportLevel.FULL_GUIDANCE || all.size() < SESSIONS) {
                return;
            }
            List<Session> last = all.subList(all.size() - SESSIONS, all.size());
            boolean quiet = last.stream().allMatch(s -> s.level() == SupportLevel.FULL_GUIDANCE && s.helpCalls().isEmpty());
            // Only news in the week it became true, or in a later week with sessions of its own.
            if (quiet && week.inWeek(last.get(last.size() - 1).start())) {
                findings.add(new Finding(ObservationRule.NO_HELP_AT_FULL_SUPPORT, "task:" + task, task,
                        Map.of("task", String.valueOf(task), "sessions", String.valueOf(SESSIONS),
                                "suggested", String.valueOf(SupportLevel.STEPS_ON_REQUEST.number())),
                        last.stream().map(s -> s.started().id().toString()).toList()));
            }
        });
        return findings;
    }
}
