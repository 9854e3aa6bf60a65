package nl.stapwijs.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * A worker's journal cut into task sessions: from choosing a task until the next task or
 * sign-out, with the support level the station followed and the help calls made meanwhile.
 */
final class TaskSessions {

    record Session(long taskId, Long versionId, Instant start, SupportLevel level, ProductionEvent started,
            List<ProductionEvent> helpCalls) {
    }

    private TaskSessions() {
    }

    /** @param journal one worker's events in time order */
    static List<Session> of(List<ProductionEvent> journal, SupportHistory support) {
        List<Session> sessions = new ArrayList<>();
        Session open = null;
        for (ProductionEvent e : journal) {
            if (e.kind() == EventKind.SESSION_STARTED || e.kind() == EventKind.SESSION_ENDED) {
                open = null;
            }
            if (e.kind() == EventKind.SESSION_STARTED && e.taskId() != null) {
                SupportLevel recorded = SupportLevel.fromJournal(e.reason());
                open = new Session(e.taskId(), e.instructionVersion(), e.occurredAt(),
                        recorded != null ? recorded : support.at(e.taskId(), e.occurredAt()), e, new ArrayList<>());
                sessions.add(open);
            } else if (e.kind() == EventKind.HELP_REQUESTED && open != null) {
                open.helpCalls().add(e);
            }
        }
        return sessions;
    }

    /** The instruction version a help call was made in: its own, or its session's for older events. */
    static Long versionOf(ProductionEvent help, List<Session> sessions) {
        if (help.instructionVersion() != null) {
            return help.instructionVersion();
        }
        for (Session session : sessions) {
            if (session.helpCalls().contains(help)) {
                return session.versionId();
            }
        }
        return null;
    }
}
