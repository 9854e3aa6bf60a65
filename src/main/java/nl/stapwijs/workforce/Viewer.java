package nl.stapwijs.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A signed-in staff member and the people they may see. Services take a Viewer and decide;
 * hiding a menu item is never the only protection.
 */
public record Viewer(long staffId, String username, Role role, Set<Long> teams, Set<Long> caseload,
        List<AssessorGrant> grants) {

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** Whether this person may see a worker's personal record and individual figures. */
    public boolean maySee(Worker worker, Instant now) {
        return switch (role) {
            case ADMIN -> true;
            case SUPERVISOR -> teams.contains(worker.teamId());
            case COACH -> caseload.contains(worker.id());
            case ASSESSOR -> grants.stream().anyMatch(g -> g.workerId() == worker.id() && g.isValidAt(now));
            case MUNICIPALITY -> false;
        };
    }

    /** Whether this person may see a worker's evidence for a period (assessors only within their grant). */
    public boolean maySeeEvidence(Worker worker, LocalDate from, LocalDate to, Instant now) {
        if (role == Role.ASSESSOR) {
            return grants.stream().anyMatch(g -> g.workerId() == worker.id() && g.isValidAt(now) && g.covers(from, to));
        }
        return maySee(worker, now);
    }

    /** Whether this person may see a team's live floor and per-person figures. */
    public boolean maySeeTeam(long teamId) {
        return role == Role.ADMIN || (role == Role.SUPERVISOR && teams.contains(teamId));
    }
}
