package nl.stapwijs.privacy;

import java.time.Instant;
import java.util.List;
import nl.stapwijs.base.audit.AuditEntry;
import nl.stapwijs.coaching.DevelopmentExport;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.AssessorGrant;
import nl.stapwijs.workforce.Worker;

/**
 * Everything Stapwijs holds about one worker (GDPR art. 15): the personal record, their team
 * and site, every journal event, their development log (coaching), who was granted their
 * evidence, and who read their data.
 */
public record WorkerExport(
        Instant madeAt,
        String madeBy,
        Worker worker,
        String team,
        String site,
        List<String> coaches,
        List<AssessorGrant> assessorGrants,
        List<ProductionEvent> journal,
        DevelopmentExport development,
        List<AuditEntry> accessLog) {
}
