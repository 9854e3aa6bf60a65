package nl.stapwijs.base.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * One unit of work on the database. Services attach their repositories to it and never
 * see JDBI itself, so the SQL stays in the repositories.
 */
public final class Transaction {

    private final Handle handle;

    Transaction(Handle handle) {
        this.handle = handle;
    }

    public <T> T attach(Class<T> repository) {
        return handle.attach(repository);
    }

    /**
     * Rows of any table as column → value maps, for copying master data between databases
     * verbatim (sync). Feature code uses its repositories instead.
     */
    public List<Map<String, Object>> rows(String sql, Map<String, ?> parameters) {
        var query = handle.createQuery(sql).bindMap(parameters);
        // One parameter map serves several table queries; not every query uses every parameter.
        query.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setUnusedBindingAllowed(true);
        return query.mapToMap().list();
    }

    public int execute(String sql, Map<String, ?> parameters) {
        return handle.createUpdate(sql).bindMap(parameters).execute();
    }

    /** One statement for many rows, sent in one round trip. */
    public void batch(String sql, List<Map<String, Object>> rows) {
        org.jdbi.v3.core.statement.PreparedBatch batch = handle.prepareBatch(sql);
        rows.forEach(row -> batch.bindMap(row).add());
        batch.execute();
    }

    /** The column names of a table in this database, lower case. */
    public Set<String> columns(String table) {
        try {
            Set<String> columns = new LinkedHashSet<>();
            try (ResultSet rs = handle.getConnection().getMetaData().getColumns(null, null, table, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return columns;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the columns of " + table, e);
        }
    }
}
