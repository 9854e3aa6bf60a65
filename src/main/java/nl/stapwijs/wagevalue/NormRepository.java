package nl.stapwijs.wagevalue;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(NormRow.class)
interface NormRepository {

    String COLUMNS = """
            task_id, version, seconds_per_unit, unit, quality_norm, instruction_allowance, method, set_by, set_at,
            effective_from, sample_size, note""";

    @SqlQuery("SELECT " + COLUMNS + " FROM norm_version ORDER BY task_id, version")
    List<NormRow> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM norm_version WHERE task_id = :taskId ORDER BY version")
    List<NormRow> ofTask(long taskId);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM norm_version WHERE task_id = :taskId AND effective_from <= :atMillis
            ORDER BY effective_from DESC LIMIT 1""")
    Optional<NormRow> inForce(long taskId, long atMillis);

    @SqlQuery("SELECT COALESCE(MAX(version), 0) FROM norm_version WHERE task_id = :taskId")
    int lastVersion(long taskId);

    @SqlUpdate("INSERT INTO norm_version (" + COLUMNS + """
            ) VALUES (:taskId, :version, :secondsPerUnit, :unit, :qualityNorm, :instructionAllowance, :method,
            :setBy, :setAt, :effectiveFrom, :sampleSize, :note)""")
    void insert(@BindMethods NormRow row);
}
