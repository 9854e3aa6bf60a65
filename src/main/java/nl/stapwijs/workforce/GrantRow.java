package nl.stapwijs.workforce;

import java.time.Instant;
import java.time.LocalDate;

public record GrantRow(long id, long staffId, long workerId, String periodFrom, String periodTo, long expiresAt,
        String grantedBy, long grantedAt) {

    AssessorGrant grant() {
        return new AssessorGrant(id, staffId, workerId, LocalDate.parse(periodFrom), LocalDate.parse(periodTo),
                Instant.ofEpochMilli(expiresAt), grantedBy, Instant.ofEpochMilli(grantedAt));
    }
}
