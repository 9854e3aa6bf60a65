package nl.stapwijs.wagevalue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(DayRow.class)
interface RollupRepository {

    String COLUMNS = """
            worker_id, day, task_id, norm_version, productive_ms, rostered_break_ms, extra_break_ms, help_ms,
            instruction_ms, downtime_ms, good, rejects, help_calls, flags""";

    @SqlQuery("SELECT rolled_through FROM wage_value_watermark WHERE id = 1")
    Optional<String> rolledThrough();

    @SqlUpdate("UPDATE wage_value_watermark SET rolled_through = :day WHERE id = 1")
    void rollThrough(String day);

    @SqlUpdate("DELETE FROM wage_value_day WHERE worker_id = :workerId AND day >= :from AND day < :to")
    void clear(long workerId, String from, String to);

    @SqlBatch("INSERT INTO wage_value_day (" + COLUMNS + """
            ) VALUES (:workerId, :day, :taskId, :normVersion, :productiveMs, :rosteredBreakMs, :extraBreakMs, :helpMs,
            :instructionMs, :downtimeMs, :good, :rejects, :helpCalls, :flags)""")
    void insert(@BindMethods List<DayRow> rows);

    @SqlQuery("SELECT " + COLUMNS + " FROM wage_value_day WHERE worker_id = :workerId AND day >= :from AND day < :to")
    List<DayRow> ofWorker(long workerId, String from, String to);

    /** Streams the rows of many workers, so a company-wide table never holds a year of rows at once. */
    @SqlQuery("SELECT " + COLUMNS + " FROM wage_value_day WHERE day >= :from AND day < :to AND worker_id IN (<workers>)")
    void ofWorkers(@BindList("workers") List<Long> workers, String from, String to, Consumer<DayRow> each);

    @SqlQuery("SELECT " + COLUMNS + " FROM wage_value_day WHERE day >= :from AND day < :to")
    void all(String from, String to, Consumer<DayRow> each);
}
