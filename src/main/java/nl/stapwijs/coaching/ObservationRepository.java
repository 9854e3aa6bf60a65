package nl.stapwijs.coaching;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ObservationRepository.ObservationRow.class)
interface ObservationRepository {

    /** @param figures JSON with the figures and the evidence ids */
    record ObservationRow(long id, long workerId, String week, ObservationRule rule, String subject, Long taskId,
            String figures, ObservationStatus status, String decidedBy, Long decidedAt) {
    }

    String COLUMNS = "id, worker_id, week, rule, subject, task_id, figures, status, decided_by, decided_at";

    /** Once per worker, week, rule and subject: a second run of the same week adds nothing. */
    @SqlUpdate("""
            INSERT INTO observation (worker_id, week, rule, subject, task_id, figures, status, created_at)
            VALUES (:workerId, :week, :rule, :subject, :taskId, :figures, 'OPEN', :now)
            ON CONFLICT (worker_id, week, rule, subject) DO NOTHING""")
    int insert(long workerId, String week, String rule, String subject, Long taskId, String figures, long now);

    @SqlQuery("SELECT " + COLUMNS + " FROM observation WHERE worker_id IN (<workers>) ORDER BY week DESC, id DESC")
    List<ObservationRow> ofWorkers(@BindList("workers") Collection<Long> workers);

    @SqlQuery("SELECT " + COLUMNS + " FROM observation WHERE worker_id = :workerId AND rule = :rule AND subject = :subject")
    List<ObservationRow> same(long workerId, String rule, String subject);

    @SqlQuery("SELECT " + COLUMNS + " FROM observation WHERE id = :id")
    java.util.Optional<ObservationRow> byId(long id);

    @SqlUpdate("""
            UPDATE observation SET status = :status, decided_by = :decidedBy, decided_at = :now
            WHERE id = :id AND status = 'OPEN'""")
    int decide(long id, String status, String decidedBy, long now);

    @SqlUpdate("DELETE FROM observation WHERE worker_id = :workerId")
    void erase(long workerId);
}
