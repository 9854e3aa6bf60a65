package nl.stapwijs.base.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who read or changed which worker's personal data. There is no
 * way to change or delete an entry, here or in SQL (triggers refuse it), not even for admins.
 */
@Component
public class AuditLog {

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void record(String actor, AuditAction action, String subject, Long workerId, String detail) {
        database.writeVoid(tx -> tx.attach(AuditRepository.class)
                .insert(clock.millis(), actor, action.name(), subject, workerId, detail));
    }

    /** One entry per worker, in one transaction: a table of many workers' figures is many reads. */
    public void recordAll(String actor, AuditAction action, String subject, List<Long> workerIds, String detail) {
        if (!workerIds.isEmpty()) {
            database.writeVoid(tx -> tx.attach(AuditRepository.class)
                    .insertAll(clock.millis(), actor, action.name(), subject, workerIds, detail));
        }
    }

    public List<AuditEntry> between(Instant from, Instant to, int limit) {
        return database.onReader(AuditRepository.class).between(from.toEpochMilli(), to.toEpochMilli(), limit)
                .stream().map(AuditRow::entry).toList();
    }

    public List<AuditEntry> about(long workerId) {
        return database.onReader(AuditRepository.class).about(workerId).stream().map(AuditRow::entry).toList();
    }

    /** The entries as CSV (RFC 4180), for the works council or a data-protection request. */
    public static String csv(List<AuditEntry> entries) {
        StringBuilder out = new StringBuilder("at,actor,action,subject,worker_id,detail\r\n");
        for (AuditEntry e : entries) {
            out.append(e.at()).append(',').append(quote(e.actor())).append(',').append(e.action()).append(',')
                    .append(quote(e.subject())).append(',').append(e.workerId() == null ? "" : e.workerId()).append(',')
                    .append(quote(e.detail())).append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        // Cells starting with = + - @ are read as formulas by spreadsheets; a leading quote disarms them.
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
