package nl.stapwijs.production;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

public class ProductionEventMapper implements RowMapper<ProductionEvent> {

    @Override
    public ProductionEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
        long recorded = rs.getLong("recorded_at");
        Instant recordedAt = rs.wasNull() ? null : Instant.ofEpochMilli(recorded);
        return new ProductionEvent(
                UUID.fromString(rs.getString("id")),
                rs.getString("station"),
                rs.getLong("seq"),
                EventKind.valueOf(rs.getString("kind")),
                nullableLong(rs, "worker_id"),
                nullableLong(rs, "task_id"),
                nullableLong(rs, "instruction_version"),
                rs.getInt("quantity"),
                rs.getString("code"),
                nullableInt(rs, "step"),
                rs.getString("reason"),
                Instant.ofEpochMilli(rs.getLong("occurred_at")),
                rs.getString("boot_id"),
                rs.getLong("mono_ms"),
                recordedAt,
                nullableLong(rs, "order_id"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
