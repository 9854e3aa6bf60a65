package nl.stapwijs.base.audit;

import java.time.Instant;

public record AuditRow(long id, long at, String actor, String action, String subject, Long workerId, String detail) {

    AuditEntry entry() {
        return new AuditEntry(id, Instant.ofEpochMilli(at), actor, AuditAction.valueOf(action), subject, workerId, detail);
    }
}
