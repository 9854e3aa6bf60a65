package nl.stapwijs.base.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Copies every row of a SQLite database into a freshly migrated PostgreSQL database at the
 * same schema version: the way a hub that outgrew SQLite moves, journal and audit log
 * included. Tables are copied parents first (the order SQLite created them in), booleans
 * stored by SQLite as 0/1 become PostgreSQL booleans, and identity counters continue after
 * the highest copied id.
 */
public final class DatabaseCopy {

    private static final int BATCH = 1_000;

    private DatabaseCopy() {
    }

    /** @return rows copied per table */
    public static Map<String, Integer> copy(Database from, Database to) {
        if (from.vendor() != Database.Vendor.SQLITE || to.vendor() != Database.Vendor.POSTGRESQL) {
            throw new IllegalArgumentException("Copies a SQLite database into PostgreSQL");
        }
        List<String> tables = from.read(tx -> tx.rows("""
                SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT IN ('flyway_schema_history', 'schema_fingerprint') ORDER BY rowid""", Map.of()))
                .stream().map(row -> String.valueOf(row.get("name"))).toList();
        Map<String, Integer> copied = new LinkedHashMap<>();
        to.writeVoid(tx -> {
            List<String> reversed = new ArrayList<>(tables);
            java.util.Collections.reverse(reversed);
            for (String table : reversed) {
                tx.execute("DELETE FROM " + table, Map.of());
            }
        });
        for (String table : tables) {
            copied.put(table, copyTable(from, to, table));
        }
        to.writeVoid(tx -> tables.forEach(table -> {
            if (tx.columns(table).contains("id") && !tx.rows("SELECT pg_get_serial_sequence(:table, 'id') AS s",
                    Map.of("table", table)).stream().allMatch(r -> r.get("s") == null)) {
                tx.rows("SELECT setval(pg_get_serial_sequence(:table, 'id'), COALESCE((SELECT MAX(id) FROM " + table
                        + "), 0) + 1, false)", Map.of("table", table));
            }
        }));
        return copied;
    }

    private static int copyTable(Database from, Database to, String table) {
        Map<String, String> types = to.read(tx -> tx.rows("""
                SELECT column_name, data_type FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = :table""", Map.of("table", table)))
                .stream().collect(Collectors.toMap(r -> String.valueOf(r.get("column_name")),
                        r -> String.valueOf(r.get("data_type"))));
        List<Map<String, Object>> rows = from.read(tx -> tx.rows("SELECT * FROM " + table, Map.of()));
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> columns = rows.get(0).keySet().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .filter(types::containsKey).toList();
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<Map<String, Object>> slice = rows.subList(start, Math.min(rows.size(), start + BATCH));
            to.writeVoid(tx -> tx.batch(sql, slice.stream().map(row -> converted(row, columns, types)).toList()));
        }
        return rows.size();
    }

    private static Map<String, Object> converted(Map<String, Object> row, List<String> columns, Map<String, String> types) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column.toLowerCase(Locale.ROOT), value));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String column : columns) {
            Object value = values.get(column);
            if ("boolean".equals(types.get(column)) && value instanceof Number number) {
                value = number.intValue() != 0;
            }
            out.put(column, value);
        }
        return out;
    }
}
