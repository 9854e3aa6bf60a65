package nl.stapwijs.base.audit;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AuditRow.class)
interface AuditRepository {

    @SqlUpdate("INSERT INTO audit_entry (at, actor, action, subject, worker_id, detail) VALUES (:at, :actor, :action, :subject, :workerId, :detail)")
    void insert(long at, String actor, String action, String subject, Long workerId, String detail);

    @org.jdbi.v3.sqlobject.statement.SqlBatch("INSERT INTO audit_entry (at, actor, action, subject, worker_id, detail) VALUES (:at, :actor, :action, :subject, :workerId, :detail)")
    void insertAll(long at, String actor, String action, String subject, List<Long> workerId, String detail);

    @SqlQuery("""
            SELECT id, at, actor, action, subject, worker_id, detail FROM audit_entry
            WHERE at >= :fromMillis AND at < :toMillis ORDER BY at DESC, id DESC LIMIT :limit
            """)
    List<AuditRow> between(long fromMillis, long toMillis, int limit);

    @SqlQuery("SELECT id, at, actor, action, subject, worker_id, detail FROM audit_entry WHERE worker_id = :workerId ORDER BY at, id")
    List<AuditRow> about(long workerId);
}
