package nl.stapwijs.coaching;

import java.time.LocalDate;

/** Work with a regular employer: detachering or a job; {@code endedOn} is null while it lasts. */
public record Placement(long id, long workerId, PlacementKind kind, String employer, LocalDate startedOn,
        LocalDate endedOn, String createdBy) {

    public boolean activeOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }
}
