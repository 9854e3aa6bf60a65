package nl.stapwijs.wagevalue;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(DayRow.class)
@RegisterRowMapper(MonthRowMapper.class)
interface RollupRepository {

    String COLUMNS = """
            worker_id, day, task_id, norm_version, productive_ms, rostered_break_ms, extra_break_ms, help_ms,
            instruction_ms, downtime_ms, good, rejects, help_calls, flags""";

    String MONTH_COLUMNS = """
            worker_id, month, task_id, norm_version, productive_ms, rostered_break_ms, extra_break_ms, help_ms,
            instruction_ms, downtime_ms, good, rejects, help_calls, day_mask, flags""";

    /** The flags of many rows OR-ed, one bit at a time (DayRow.FLAG_BITS of them). */
    String FLAGS_OR = """
            MAX(flags & 1) | MAX(flags & 2) | MAX(flags & 4) | MAX(flags & 8) | MAX(flags & 16) |
            MAX(flags & 32) | MAX(flags & 64) | MAX(flags & 128) | MAX(flags & 256) | MAX(flags & 512) |
            MAX(flags & 1024) | MAX(flags & 2048) | MAX(flags & 4096) | MAX(flags & 8192) |
            MAX(flags & 16384) | MAX(flags & 32768)""";

    /**
     * Day rows summed per worker, month, task and norm version, in the columns of a month row
     * without the flags: the mask has bit d-1 for each day d with time.
     */
    String SUMS_BY_MONTH = """
            SELECT worker_id, substr(day, 1, 7) AS month, task_id, norm_version, SUM(productive_ms) AS productive_ms,
            SUM(rostered_break_ms) AS rostered_break_ms, SUM(extra_break_ms) AS extra_break_ms, SUM(help_ms) AS help_ms,
            SUM(instruction_ms) AS instruction_ms, SUM(downtime_ms) AS downtime_ms, SUM(good) AS good,
            SUM(rejects) AS rejects, SUM(help_calls) AS help_calls,
            SUM(CASE WHEN productive_ms + rostered_break_ms + extra_break_ms + help_ms + instruction_ms + downtime_ms > 0
                THEN 1 << (CAST(substr(day, 9, 2) AS INTEGER) - 1) ELSE 0 END) AS day_mask""";

    /**
     * The same with the flags OR-ed bit by bit (both vendors know MAX and the bit operators,
     * neither has the other's OR aggregate): for writing month rows, where speed matters less.
     */
    String DAYS_BY_MONTH = SUMS_BY_MONTH + ", " + FLAGS_OR + " AS flags FROM wage_value_day";

    String GROUP_BY_MONTH = " GROUP BY worker_id, substr(day, 1, 7), task_id, norm_version";

    @SqlQuery("SELECT rolled_through FROM wage_value_watermark WHERE id = 1")
    Optional<String> rolledThrough();

    @SqlUpdate("UPDATE wage_value_watermark SET rolled_through = :day WHERE id = 1")
    void rollThrough(String day);

    @SqlQuery("SELECT today FROM wage_value_watermark WHERE id = 1 AND today_rolled_at IS NOT NULL")
    Optional<String> today();

    @SqlQuery("SELECT today_rolled_at FROM wage_value_watermark WHERE id = 1 AND today = :today")
    Optional<Long> todayRolledAt(String today);

    @SqlUpdate("UPDATE wage_value_watermark SET today = :today, today_rolled_at = :at WHERE id = 1")
    void rolledToday(String today, Long at);

    @SqlUpdate("DELETE FROM wage_value_day WHERE worker_id = :workerId AND day >= :from AND day < :to")
    void clear(long workerId, String from, String to);

    @SqlBatch("INSERT INTO wage_value_day (" + COLUMNS + """
            ) VALUES (:workerId, :day, :taskId, :normVersion, :productiveMs, :rosteredBreakMs, :extraBreakMs, :helpMs,
            :instructionMs, :downtimeMs, :good, :rejects, :helpCalls, :flags)""")
    void insert(@BindMethods List<DayRow> rows);

    @SqlQuery("SELECT " + COLUMNS + " FROM wage_value_day WHERE worker_id = :workerId AND day >= :from AND day < :to")
    List<DayRow> ofWorker(long workerId, String from, String to);

    @SqlUpdate("DELETE FROM wage_value_month WHERE worker_id = :workerId AND month >= :from AND month <= :to")
    void clearMonths(long workerId, String from, String to);

    /** Rewrites a worker's months from their day rows; {@code from}, {@code to} are the first days of whole months. */
    @SqlUpdate("INSERT INTO wage_value_month (" + MONTH_COLUMNS + ") " + DAYS_BY_MONTH
            + " WHERE worker_id = :workerId AND day >= :from AND day < :to" + GROUP_BY_MONTH)
    void sumMonths(long workerId, String from, String to);

    /** Month rows of many workers, streamed; months as yyyy-mm, {@code to} exclusive. */
    @SqlQuery("SELECT " + MONTH_COLUMNS + " FROM wage_value_month WHERE worker_id IN (<workers>)"
            + " AND month >= :from AND month < :to")
    void months(@BindList("workers") List<Long> workers, String from, String to, Consumer<MonthRow> each);

    /**
     * Day rows of many workers summed per month in the database, so few rows cross into Java;
     * without flags, which {@link #flagsOf} gives (they are rare, and OR-ing them costs most).
     */
    @SqlQuery(SUMS_BY_MONTH + ", 0 AS flags FROM wage_value_day WHERE worker_id IN (<workers>) AND day >= :from"
            + " AND day < :to" + GROUP_BY_MONTH)
    void daysByMonth(@BindList("workers") List<Long> workers, String from, String to, Consumer<MonthRow> each);

    /** The flags of those days, as month rows without time (on the time outside tasks, where flags ride). */
    @SqlQuery("SELECT worker_id, substr(day, 1, 7) AS month, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, flags"
            + " FROM wage_value_day WHERE worker_id IN (<workers>) AND day >= :from AND day < :to AND flags <> 0")
    void flagsOf(@BindList("workers") List<Long> workers, String from, String to, Consumer<MonthRow> each);

    /** Streams the rows of many workers, so a company-wide table never holds a year of rows at once. */
    @SqlQuery("SELECT " + COLUMNS + " FROM wage_value_day WHERE day >= :from AND day < :to AND worker_id IN (<workers>)")
    void ofWorkers(@BindList("workers") List<Long> workers, String from, String to, Consumer<DayRow> each);

    @SqlQuery("SELECT " + COLUMNS + " FROM wage_value_day WHERE day >= :from AND day < :to")
    void all(String from, String to, Consumer<DayRow> each);
}
