package nl.stapwijs.instruction;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Task.class)
@RegisterConstructorMapper(TaskText.class)
@RegisterConstructorMapper(StepRow.class)
@RegisterConstructorMapper(StepTextRow.class)
@RegisterConstructorMapper(VersionRow.class)
interface InstructionRepository {

    @SqlQuery("SELECT id, code, site_id, product_id, pictogram FROM task ORDER BY id")
    List<Task> tasks();

    @SqlQuery("SELECT id, code, site_id, product_id, pictogram FROM task WHERE id = :id")
    Optional<Task> task(long id);

    @SqlQuery("""
            SELECT t.id, t.code, t.site_id, t.product_id, t.pictogram
            FROM task t JOIN station_task st ON st.task_id = t.id
            JOIN station s ON s.id = st.station_id WHERE s.code = :stationCode ORDER BY t.id
            """)
    List<Task> tasksOfStation(String stationCode);

    @SqlQuery("SELECT task_id, language, name, unit_one, unit_many FROM task_text")
    List<TaskText> taskTexts();

    @SqlQuery("""
            SELECT id, task_id, version, status FROM instruction_version
            WHERE task_id = :taskId AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1
            """)
    Optional<VersionRow> currentVersion(long taskId);

    @SqlQuery("SELECT id, task_id, version, status FROM instruction_version WHERE id = :versionId")
    Optional<VersionRow> version(long versionId);

    @SqlQuery("""
            SELECT id, version_id, position, picture, pictogram, safety_pictogram
            FROM step WHERE version_id = :versionId ORDER BY position
            """)
    List<StepRow> steps(long versionId);

    @SqlQuery("SELECT step_id, language, text FROM step_text WHERE step_id IN (<stepIds>)")
    List<StepTextRow> stepTexts(@BindList("stepIds") List<Long> stepIds);

    @SqlUpdate("INSERT INTO task (code, site_id, product_id, pictogram) VALUES (:code, :siteId, :productId, :pictogram)")
    @GetGeneratedKeys("id")
    long insertTask(String code, long siteId, Long productId, String pictogram);

    @SqlUpdate("INSERT INTO task_text (task_id, language, name, unit_one, unit_many) VALUES (:taskId, :language, :name, :unitOne, :unitMany)")
    void insertTaskText(long taskId, String language, String name, String unitOne, String unitMany);

    @SqlUpdate("INSERT INTO station_task (station_id, task_id) SELECT id, :taskId FROM station WHERE code = :stationCode")
    void assign(String stationCode, long taskId);

    @SqlUpdate("INSERT INTO instruction_version (task_id, version, status, published_at) VALUES (:taskId, :version, 'PUBLISHED', :publishedAt)")
    @GetGeneratedKeys("id")
    long insertPublishedVersion(long taskId, int version, long publishedAt);

    @SqlUpdate("""
            INSERT INTO step (version_id, position, picture, pictogram, safety_pictogram)
            VALUES (:versionId, :position, :picture, :pictogram, :safetyPictogram)
            """)
    @GetGeneratedKeys("id")
    long insertStep(long versionId, int position, String picture, String pictogram, String safetyPictogram);

    @SqlUpdate("INSERT INTO step_text (step_id, language, text) VALUES (:stepId, :language, :text)")
    void insertStepText(long stepId, String language, String text);
}
