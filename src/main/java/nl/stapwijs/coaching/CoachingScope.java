package nl.stapwijs.coaching;

import java.time.Clock;
import java.util.Optional;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import nl.stapwijs.workforce.WorkforceService;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a worker's development log. A coach works with their own caseload; a
 * supervisor sees what is shared with supervisors of their own teams and sets skill and
 * support levels there; an admin may read (every read is audited); nobody else sees anything.
 */
@Component
class CoachingScope {

    private final WorkforceService workforce;
    private final Clock clock;

    CoachingScope(WorkforceService workforce, Clock clock) {
        this.workforce = workforce;
        this.clock = clock;
    }

    /** The worker, if this viewer may read their development log at all; otherwise they do not exist. */
    Optional<Worker> readable(Viewer viewer, long workerId) {
        if (!(viewer.is(Role.COACH) || viewer.is(Role.SUPERVISOR) || viewer.is(Role.ADMIN))) {
            return Optional.empty();
        }
        return workforce.worker(workerId).filter(w -> viewer.maySee(w, clock.instant()));
    }

    /** The widest audience whose entries this viewer reads: everything for coaches and admins. */
    Visibility reads(Viewer viewer) {
        return viewer.is(Role.SUPERVISOR) ? Visibility.SUPERVISOR : Visibility.COACH;
    }

    /** Plans, reviews, ladder, placements and observations: the worker's own coaches only. */
    Worker coachOf(Viewer viewer, long workerId) {
        return readable(viewer, workerId).filter(w -> viewer.is(Role.COACH))
                .orElseThrow(() -> new SecurityException("Only the worker's own coach may change the development plan"));
    }

    /** Skill and support levels and notes: the worker's coach or a supervisor of their team. */
    Worker coachOrSupervisorOf(Viewer viewer, long workerId) {
        return readable(viewer, workerId).filter(w -> viewer.is(Role.COACH) || viewer.is(Role.SUPERVISOR))
                .orElseThrow(() -> new SecurityException("Only the worker's coach or supervisor may do this"));
    }

    boolean mayChangePlan(Viewer viewer) {
        return viewer.is(Role.COACH);
    }

    boolean maySetLevels(Viewer viewer) {
        return viewer.is(Role.COACH) || viewer.is(Role.SUPERVISOR);
    }
}
