package nl.stapwijs.wagevalue;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(LksParameterRow.class)
interface LksParameterRepository {

    String COLUMNS = """
            effective_from, minimum_wage_per_hour, holiday_pay, employer_cost_allowance, maximum_share,
            flat_rate_share, set_by, set_at""";

    @SqlQuery("SELECT " + COLUMNS + " FROM lks_parameter ORDER BY effective_from")
    List<LksParameterRow> all();

    @SqlUpdate("INSERT INTO lks_parameter (" + COLUMNS + """
            ) VALUES (:effectiveFrom, :minimumWagePerHour, :holidayPay, :employerCostAllowance, :maximumShare,
            :flatRateShare, :setBy, :setAt)""")
    void insert(@BindMethods LksParameterRow row);
}
