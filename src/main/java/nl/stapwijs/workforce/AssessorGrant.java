package nl.stapwijs.workforce;

import java.time.Instant;
import java.time.LocalDate;

/** An assessor may read one worker's evidence for one period, until {@code expiresAt}. */
public record AssessorGrant(long id, long staffId, long workerId, LocalDate periodFrom, LocalDate periodTo,
        Instant expiresAt, String grantedBy, Instant grantedAt) {

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public boolean covers(LocalDate from, LocalDate to) {
        return !from.isBefore(periodFrom) && !to.isAfter(periodTo);
    }
}
