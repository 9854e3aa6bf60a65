package nl.stapwijs.base.audit;

import java.time.Instant;

/**
 * One line of the audit log: who did what with whose personal data, and when.
 *
 * @param subject  what kind of data: WORKER_RECORD, DEVELOPMENT_LOG, WAGE_VALUE, EVIDENCE_PACK, ...
 * @param workerId whose data, or null for company-wide actions
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, Long workerId,
        String detail) {
}
