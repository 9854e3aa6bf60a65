package nl.stapwijs.coaching;

import java.time.Instant;
import java.util.List;

/** A worker's support levels over time, to tell which level a past session ran at. */
record SupportHistory(List<SupportChange> changes) {

    SupportHistory {
        changes = List.copyOf(changes);
    }

    /** The level in force for a task at a moment: the last change before it, else the default. */
    SupportLevel at(long taskId, Instant moment) {
        SupportLevel level = SupportLevel.DEFAULT;
        for (SupportChange change : changes) {
            if (change.taskId() == taskId && !change.setAt().isAfter(moment)) {
                level = change.level();
            }
        }
        return level;
    }

    SupportLevel current(long taskId) {
        return at(taskId, Instant.MAX);
    }
}
