package nl.stapwijs.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.db.Transaction;
import org.springframework.stereotype.Component;

/**
 * Reads a station's master data on the hub and replaces it on the station, table by table,
 * verbatim. Rows are copied as they are, so a column a feature adds travels without changes
 * here; a column the station does not know yet is skipped until it is updated.
 */
@Component
public class MasterData {

    /**
     * The open orders a station of the site may work on: made by a task of the site, and either
     * unassigned or assigned to a team of the site or one of its stations.
     */
    private static final String SITE_ORDERS = """
            SELECT o.id FROM customer_order o WHERE o.status = 'OPEN'
            AND EXISTS (SELECT 1 FROM order_task ot JOIN task t ON t.id = ot.task_id WHERE ot.order_id = o.id AND t.site_id = :site)
            AND ((NOT EXISTS (SELECT 1 FROM order_team WHERE order_id = o.id)
                  AND NOT EXISTS (SELECT 1 FROM order_station WHERE order_id = o.id))
              OR EXISTS (SELECT 1 FROM order_team ot JOIN team t ON t.id = ot.team_id WHERE ot.order_id = o.id AND t.site_id = :site)
              OR EXISTS (SELECT 1 FROM order_station os JOIN station s ON s.id = os.station_id
                         WHERE os.order_id = o.id AND s.site_id = :site))""";

    /** Tables in an order where every row's references come earlier; a station deletes in reverse. */
    private static final List<Replica> TABLES = List.of(
            new Replica("site", "SELECT * FROM site WHERE id = :site"),
            new Replica("team", "SELECT * FROM team WHERE site_id = :site"),
            new Replica("station", "SELECT * FROM station WHERE site_id = :site"),
            new Replica("worker", "SELECT * FROM worker WHERE team_id IN (SELECT id FROM team WHERE site_id = :site)"),
            new Replica("product", "SELECT * FROM product"),
            new Replica("product_barcode", "SELECT * FROM product_barcode"),
            new Replica("task", "SELECT * FROM task WHERE site_id = :site"),
            new Replica("task_text", "SELECT * FROM task_text WHERE task_id IN (SELECT id FROM task WHERE site_id = :site)"),
            new Replica("station_task", "SELECT * FROM station_task WHERE station_id IN (SELECT id FROM station WHERE site_id = :site)"),
            new Replica("instruction_version", """
                    SELECT * FROM instruction_version WHERE status <> 'DRAFT'
                    AND task_id IN (SELECT id FROM task WHERE site_id = :site)"""),
            new Replica("step", """
                    SELECT * FROM step WHERE version_id IN (SELECT v.id FROM instruction_version v JOIN task t ON t.id = v.task_id
                    WHERE v.status <> 'DRAFT' AND t.site_id = :site)"""),
            new Replica("step_text", """
                    SELECT * FROM step_text WHERE step_id IN (SELECT s.id FROM step s JOIN instruction_version v ON v.id = s.version_id
                    JOIN task t ON t.id = v.task_id WHERE v.status <> 'DRAFT' AND t.site_id = :site)"""),
            new Replica("step_safety", """
                    SELECT * FROM step_safety WHERE step_id IN (SELECT s.id FROM step s JOIN instruction_version v ON v.id = s.version_id
                    JOIN task t ON t.id = v.task_id WHERE v.status <> 'DRAFT' AND t.site_id = :site)"""),
            new Replica("step_audio", """
                    SELECT * FROM step_audio WHERE step_id IN (SELECT s.id FROM step s JOIN instruction_version v ON v.id = s.version_id
                    JOIN task t ON t.id = v.task_id WHERE v.status <> 'DRAFT' AND t.site_id = :site)"""),
            // Pack licences, for the kiosk's "Over / Licenties" screen; the pictograms travel as media.
            new Replica("pictogram_pack", "SELECT * FROM pictogram_pack"),
            // The support level each worker of the site follows, so a Pi keeps fading support offline.
            new Replica("support_level", """
                    SELECT * FROM support_level WHERE worker_id IN (SELECT id FROM worker
                    WHERE team_id IN (SELECT id FROM team WHERE site_id = :site))"""),
            // The worker's own progress screen: their goals, skill levels (without the coach's note) and
            // the notes shared with them, nothing a coach or supervisor kept to themselves.
            new Replica("development_goal", """
                    SELECT * FROM development_goal WHERE worker_id IN (SELECT id FROM worker
                    WHERE team_id IN (SELECT id FROM team WHERE site_id = :site))"""),
            new Replica("development_goal_link", """
                    SELECT * FROM development_goal_link WHERE goal_id IN (SELECT g.id FROM development_goal g
                    JOIN worker w ON w.id = g.worker_id JOIN team t ON t.id = w.team_id WHERE t.site_id = :site)
                    AND (task_id IS NULL OR task_id IN (SELECT id FROM task WHERE site_id = :site))"""),
            new Replica("skill_level", """
                    SELECT id, worker_id, task_id, level, set_by, set_at, NULL AS note FROM skill_level
                    WHERE worker_id IN (SELECT id FROM worker WHERE team_id IN (SELECT id FROM team WHERE site_id = :site))
                    AND task_id IN (SELECT id FROM task WHERE site_id = :site)"""),
            new Replica("log_entry", """
                    SELECT * FROM log_entry WHERE visibility = 'WORKER' AND worker_id IN (SELECT id FROM worker
                    WHERE team_id IN (SELECT id FROM team WHERE site_id = :site))"""),
            new Replica("log_entry_tag", """
                    SELECT * FROM log_entry_tag WHERE entry_id IN (SELECT e.id FROM log_entry e JOIN worker w
                    ON w.id = e.worker_id JOIN team t ON t.id = w.team_id WHERE e.visibility = 'WORKER' AND t.site_id = :site)"""),
            new Replica("customer_order", "SELECT * FROM customer_order WHERE id IN (" + SITE_ORDERS + ")"),
            new Replica("order_task", "SELECT * FROM order_task WHERE order_id IN (" + SITE_ORDERS + ")"
                    + " AND task_id IN (SELECT id FROM task WHERE site_id = :site)"),
            new Replica("order_team", "SELECT * FROM order_team WHERE order_id IN (" + SITE_ORDERS + ")"
                    + " AND team_id IN (SELECT id FROM team WHERE site_id = :site)"),
            new Replica("order_station", "SELECT * FROM order_station WHERE order_id IN (" + SITE_ORDERS + ")"
                    + " AND station_id IN (SELECT id FROM station WHERE site_id = :site)"),
            // The norms of the site's tasks. Norm versions are never changed or deleted, on the
            // station either: new versions are added, known ones left alone.
            new Replica("norm_version", "SELECT * FROM norm_version WHERE task_id IN (SELECT id FROM task WHERE site_id = :site)",
                    true));

    /** @param appendOnly rows are never changed or deleted (versioned history): only new ones are added */
    private record Replica(String table, String query, boolean appendOnly) {
        Replica(String table, String query) {
            this(table, query, false);
        }
    }

    private final Database database;

    public MasterData(Database database) {
        this.database = database;
    }

    /** The hub's master data for one station, read in one transaction at one version. */
    public Snapshot snapshotFor(String stationCode) {
        return database.readConsistently(tx -> {
            List<Map<String, Object>> station = tx.rows("SELECT id, site_id FROM station WHERE code = :code",
                    Map.of("code", stationCode));
            if (station.isEmpty()) {
                throw new IllegalArgumentException("No station " + stationCode);
            }
            Map<String, Object> parameters = Map.of("site", ((Number) station.get(0).get("site_id")).longValue());
            Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
            for (Replica replica : TABLES) {
                tables.put(replica.table(), tx.rows(replica.query(), parameters));
            }
            long version = Long.parseLong(String.valueOf(
                    tx.rows("SELECT value FROM setting WHERE key = 'master.version'", Map.of()).get(0).get("value")));
            return new Snapshot(version, stationCode, tables, mediaNamed(tables));
        });
    }

    /** Replaces the station's master data with a snapshot, all or nothing. */
    public void apply(Snapshot snapshot) {
        database.writeVoid(tx -> {
            // SQLite checks references at commit, so tables can be emptied and refilled in any order.
            tx.execute("PRAGMA defer_foreign_keys = ON", Map.of());
            List<Replica> reversed = new ArrayList<>(TABLES);
            java.util.Collections.reverse(reversed);
            for (Replica replica : reversed) {
                if (!replica.appendOnly()) {
                    tx.execute("DELETE FROM " + replica.table(), Map.of());
                }
            }
            for (Replica replica : TABLES) {
                insertAll(tx, replica, snapshot.tables().getOrDefault(replica.table(), List.of()));
            }
        });
    }

    private static void insertAll(Transaction tx, Replica replica, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String table = replica.table();
        Set<String> known = tx.columns(table);
        List<String> columns = rows.get(0).keySet().stream()
                .map(c -> c.toLowerCase(java.util.Locale.ROOT)).filter(known::contains).toList();
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")"
                + (replica.appendOnly() ? " ON CONFLICT DO NOTHING" : "");
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            row.forEach((column, value) -> values.put(column.toLowerCase(java.util.Locale.ROOT), value));
            Map<String, Object> bound = new LinkedHashMap<>();
            columns.forEach(c -> bound.put(c, values.get(c)));
            tx.execute(sql, bound);
        }
    }

    /** Every uploaded file the rows point to ({@code media:<name>}), for the station to fetch once. */
    private static List<String> mediaNamed(Map<String, List<Map<String, Object>>> tables) {
        Set<String> media = new LinkedHashSet<>();
        tables.values().forEach(rows -> rows.forEach(row -> row.values().forEach(value -> {
            if (value instanceof String text && text.startsWith("media:")) {
                media.add(text.substring("media:".length()));
            }
        })));
        return List.copyOf(media);
    }
}
