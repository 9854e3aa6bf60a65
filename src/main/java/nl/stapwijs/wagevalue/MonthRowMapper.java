package nl.stapwijs.wagevalue;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Reads month rows by column position, in {@link RollupRepository#MONTH_COLUMNS} order: a
 * company-wide table reads tens of thousands of them, and mapping by name costs more than the query.
 */
public final class MonthRowMapper implements RowMapper<MonthRow> {

    @Override
    public MonthRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new MonthRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12),
                rs.getLong(13), rs.getInt(14), rs.getInt(15));
    }
}
