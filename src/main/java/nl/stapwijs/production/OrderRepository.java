package nl.stapwijs.production;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(OrderRow.class)
@RegisterConstructorMapper(OrderLink.class)
@RegisterConstructorMapper(OrderHourRow.class)
interface OrderRepository {

    String COLUMNS = "id, code, customer, reference, product_id, quantity, due_date, status, note, created_by, created_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM customer_order ORDER BY due_date, id")
    List<OrderRow> orders();

    @SqlQuery("SELECT " + COLUMNS + " FROM customer_order WHERE id = :id")
    Optional<OrderRow> order(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM customer_order WHERE code = :code")
    Optional<OrderRow> orderByCode(String code);

    @SqlQuery("SELECT order_id, task_id AS target_id FROM order_task ORDER BY order_id, task_id")
    List<OrderLink> allTasks();

    @SqlQuery("SELECT order_id, team_id AS target_id FROM order_team ORDER BY order_id, team_id")
    List<OrderLink> allTeams();

    @SqlQuery("SELECT order_id, station_id AS target_id FROM order_station ORDER BY order_id, station_id")
    List<OrderLink> allStations();

    @SqlQuery("SELECT task_id FROM order_task WHERE order_id = :orderId ORDER BY task_id")
    List<Long> tasksOf(long orderId);

    @SqlQuery("SELECT team_id FROM order_team WHERE order_id = :orderId ORDER BY team_id")
    List<Long> teamsOf(long orderId);

    @SqlQuery("SELECT station_id FROM order_station WHERE order_id = :orderId ORDER BY station_id")
    List<Long> stationsOf(long orderId);

    @SqlUpdate("""
            INSERT INTO customer_order (code, customer, reference, product_id, quantity, due_date, status, note,
                created_by, created_at)
            VALUES (:code, :customer, :reference, :productId, :quantity, :dueDate, 'OPEN', :note, :createdBy, :createdAt)
            """)
    @GetGeneratedKeys("id")
    long insert(String code, String customer, String reference, long productId, int quantity, String dueDate,
            String note, String createdBy, long createdAt);

    @SqlUpdate("UPDATE customer_order SET code = :code WHERE id = :id")
    void setCode(long id, String code);

    @SqlUpdate("""
            UPDATE customer_order SET customer = :customer, reference = :reference, product_id = :productId,
                quantity = :quantity, due_date = :dueDate, note = :note
            WHERE id = :id
            """)
    int update(long id, String customer, String reference, long productId, int quantity, String dueDate, String note);

    @SqlUpdate("UPDATE customer_order SET status = :status WHERE id = :id")
    int setStatus(long id, String status);

    @SqlUpdate("DELETE FROM order_task WHERE order_id = :orderId")
    void clearTasks(long orderId);

    @SqlUpdate("DELETE FROM order_team WHERE order_id = :orderId")
    void clearTeams(long orderId);

    @SqlUpdate("DELETE FROM order_station WHERE order_id = :orderId")
    void clearStations(long orderId);

    @SqlUpdate("INSERT INTO order_task (order_id, task_id) VALUES (:orderId, :taskId)")
    void addTask(long orderId, long taskId);

    @SqlUpdate("INSERT INTO order_team (order_id, team_id) VALUES (:orderId, :teamId)")
    void addTeam(long orderId, long teamId);

    @SqlUpdate("INSERT INTO order_station (order_id, station_id) VALUES (:orderId, :stationId)")
    void addStation(long orderId, long stationId);

    /** Units and rejects per order, task and clock hour: the journal behind every progress figure and forecast. */
    @SqlQuery("""
            SELECT order_id, task_id, occurred_at / 3600000 AS hour, kind, SUM(quantity) AS quantity
            FROM journal_event
            WHERE order_id IN (<orderIds>) AND kind IN ('UNIT', 'REJECT') AND task_id IS NOT NULL
            GROUP BY order_id, task_id, occurred_at / 3600000, kind
            ORDER BY order_id, hour
            """)
    List<OrderHourRow> output(@BindList("orderIds") List<Long> orderIds);

    /** When work on each order began: its first journal event (the SESSION_STARTED that started it). */
    @SqlQuery("""
            SELECT order_id, MIN(occurred_at) AS target_id FROM journal_event
            WHERE order_id IN (<orderIds>) GROUP BY order_id
            """)
    List<OrderLink> firstEvents(@BindList("orderIds") List<Long> orderIds);

    /** The order of this station's latest task session on a task; 0 when that session had none. */
    @SqlQuery("""
            SELECT COALESCE(order_id, 0) FROM journal_event
            WHERE station = :station AND kind = 'SESSION_STARTED' AND task_id = :taskId
            ORDER BY seq DESC LIMIT 1
            """)
    Optional<Long> lastOrderAt(String station, long taskId);
}
