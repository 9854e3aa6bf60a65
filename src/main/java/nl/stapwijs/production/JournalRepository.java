package nl.stapwijs.production;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(ProductionEventMapper.class)
@org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(TaskUnits.class)
interface JournalRepository {

    String COLUMNS = """
            id, station, seq, kind, worker_id, task_id, instruction_version, quantity, code, step,
            reason, occurred_at, boot_id, mono_ms, recorded_at, order_id""";

    String VALUES = """
            :id, :station, :seq, :kind, :workerId, :taskId, :instructionVersion, :quantity, :code, :step,
            :reason, :occurredAtMillis, :bootId, :monoMs, :recordedAtMillis, :orderId""";

    @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM journal_event WHERE station = :station")
    long lastSeq(String station);

    @SqlBatch("INSERT INTO journal_event (" + COLUMNS + ") VALUES (" + VALUES + ")")
    void insertAll(@BindMethods List<EventRow> rows);

    /** Idempotent: an event already stored (same id) is left as it is. */
    @SqlBatch("INSERT INTO journal_event (" + COLUMNS + ") VALUES (" + VALUES + ") ON CONFLICT (id) DO NOTHING")
    int[] insertIfAbsent(@BindMethods List<EventRow> rows);

    @SqlQuery("SELECT " + COLUMNS + " FROM journal_event WHERE occurred_at >= :fromMillis ORDER BY occurred_at, station, seq")
    List<ProductionEvent> since(@Bind("fromMillis") long fromMillis);

    @SqlQuery("SELECT " + COLUMNS + " FROM journal_event WHERE station = :station AND occurred_at >= :fromMillis ORDER BY seq")
    List<ProductionEvent> ofStationSince(String station, long fromMillis);

    @SqlQuery("SELECT " + COLUMNS + " FROM journal_event"
            + " WHERE worker_id = :workerId AND occurred_at >= :fromMillis AND occurred_at < :toMillis"
            + " ORDER BY occurred_at, station, seq")
    List<ProductionEvent> ofWorker(long workerId, long fromMillis, long toMillis);

    @SqlQuery("SELECT " + COLUMNS + " FROM journal_event WHERE station = :station AND seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<ProductionEvent> ofStationAfter(String station, long afterSeq, int limit);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM journal_event WHERE kind = 'UNIT' AND code = :code)")
    boolean unitCounted(String code);

    @SqlQuery("SELECT " + COLUMNS + " FROM journal_event WHERE id = :id")
    java.util.Optional<ProductionEvent> byId(String id);

    @SqlQuery("""
            SELECT task_id, SUM(quantity) AS units FROM journal_event
            WHERE worker_id = :workerId AND kind = 'UNIT' AND occurred_at >= :fromMillis AND task_id IS NOT NULL
            GROUP BY task_id ORDER BY task_id
            """)
    List<TaskUnits> unitsByTask(long workerId, long fromMillis);

    @SqlQuery("SELECT " + COLUMNS + " FROM journal_event WHERE worker_id = :workerId ORDER BY occurred_at, station, seq")
    List<ProductionEvent> allOfWorker(long workerId);

    /** Erasure: a worker's badge must not stay readable in refused-scan codes. */
    @SqlUpdate("UPDATE journal_event SET code = NULL WHERE code = :badge")
    int forgetCode(String badge);

    @SqlQuery("SELECT MIN(occurred_at) FROM journal_event")
    java.util.Optional<Long> oldest();

    @SqlQuery("SELECT " + COLUMNS + " FROM journal_event WHERE occurred_at >= :fromMillis AND occurred_at < :toMillis")
    List<ProductionEvent> between(long fromMillis, long toMillis);

    @SqlQuery("SELECT DISTINCT worker_id FROM journal_event WHERE worker_id IS NOT NULL AND occurred_at >= :fromMillis AND occurred_at < :toMillis")
    List<Long> workersBetween(long fromMillis, long toMillis);

    @SqlUpdate("""
            INSERT INTO journal_rollup (day, station, worker_id, task_id, kind, events, quantity)
            VALUES (:day, :station, :workerId, :taskId, :kind, :events, :quantity)
            ON CONFLICT (day, station, worker_id, task_id, kind)
            DO UPDATE SET events = journal_rollup.events + excluded.events, quantity = journal_rollup.quantity + excluded.quantity
            """)
    void addRollup(String day, String station, Long workerId, Long taskId, String kind, long events, long quantity);

    @SqlUpdate("DELETE FROM journal_event WHERE occurred_at >= :fromMillis AND occurred_at < :toMillis")
    int deleteBetween(long fromMillis, long toMillis);

    /** A synced event, stored once; the hub adds when it arrived and the station's clock offset then. */
    @SqlBatch("INSERT INTO journal_event (" + COLUMNS + ", clock_offset_ms) VALUES (:id, :station, :seq, :kind, :workerId,"
            + " :taskId, :instructionVersion, :quantity, :code, :step, :reason, :occurredAtMillis, :bootId, :monoMs,"
            + " :hubMillis, :orderId, :offsetMs) ON CONFLICT (id) DO NOTHING")
    int[] insertSynced(@BindMethods List<EventRow> rows, @Bind("hubMillis") long hubMillis, @Bind("offsetMs") long offsetMs);

    @SqlQuery("SELECT seq FROM journal_event WHERE station = :station AND seq > :after ORDER BY seq LIMIT :limit")
    List<Long> seqsAfter(String station, long after, int limit);
}
