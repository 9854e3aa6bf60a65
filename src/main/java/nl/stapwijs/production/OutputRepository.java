package nl.stapwijs.production;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(OutputHourRow.class)
@RegisterConstructorMapper(OutputDayRow.class)
interface OutputRepository {

    /** Units and rejects per clock hour, team of the worker, and task. */
    @SqlQuery("""
            SELECT j.occurred_at / 3600000 AS hour, w.team_id, j.task_id, j.kind, SUM(j.quantity) AS quantity
            FROM journal_event j JOIN worker w ON w.id = j.worker_id
            WHERE j.kind IN ('UNIT', 'REJECT') AND j.task_id IS NOT NULL
              AND j.occurred_at >= :fromMillis AND j.occurred_at < :toMillis
            GROUP BY j.occurred_at / 3600000, w.team_id, j.task_id, j.kind
            """)
    List<OutputHourRow> hourly(long fromMillis, long toMillis);

    /** The same from the daily totals of days whose detail is past retention. */
    @SqlQuery("""
            SELECT r.day, w.team_id, r.task_id, r.kind, SUM(r.quantity) AS quantity
            FROM journal_rollup r JOIN worker w ON w.id = r.worker_id
            WHERE r.kind IN ('UNIT', 'REJECT') AND r.task_id >= 0 AND r.day >= :fromDay AND r.day < :toDay
            GROUP BY r.day, w.team_id, r.task_id, r.kind
            """)
    List<OutputDayRow> daily(String fromDay, String toDay);
}
