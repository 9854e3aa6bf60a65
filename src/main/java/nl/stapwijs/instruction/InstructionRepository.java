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
@RegisterConstructorMapper(SafetyRow.class)
@RegisterConstructorMapper(AudioRow.class)
@RegisterConstructorMapper(VersionRow.class)
@RegisterConstructorMapper(ProductChoice.class)
interface InstructionRepository {

    @SqlQuery("SELECT id, name FROM product ORDER BY name")
    List<ProductChoice> products();

    String VERSION_COLUMNS = "id, task_id, version, status, published_at, published_by";

    @SqlQuery("SELECT id, code, site_id, product_id, pictogram FROM task ORDER BY id")
    List<Task> tasks();

    @SqlQuery("SELECT id, code, site_id, product_id, pictogram FROM task WHERE id = :id")
    Optional<Task> task(long id);

    @SqlQuery("SELECT id, code, site_id, product_id, pictogram FROM task WHERE code = :code")
    Optional<Task> taskByCode(String code);

    @SqlQuery("""
            SELECT t.id, t.code, t.site_id, t.product_id, t.pictogram
            FROM task t JOIN station_task st ON st.task_id = t.id
            JOIN station s ON s.id = st.station_id WHERE s.code = :stationCode ORDER BY t.id
            """)
    List<Task> tasksOfStation(String stationCode);

    @SqlQuery("SELECT s.code FROM station s JOIN station_task st ON st.station_id = s.id WHERE st.task_id = :taskId ORDER BY s.code")
    List<String> stationsOfTask(long taskId);

    @SqlQuery("SELECT task_id, language, name, unit_one, unit_many FROM task_text")
    List<TaskText> taskTexts();

    @SqlQuery("SELECT " + VERSION_COLUMNS + """
             FROM instruction_version
            WHERE task_id = :taskId AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1
            """)
    Optional<VersionRow> currentVersion(long taskId);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM instruction_version WHERE id = :versionId")
    Optional<VersionRow> version(long versionId);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM instruction_version WHERE task_id = :taskId ORDER BY version DESC")
    List<VersionRow> versions(long taskId);

    @SqlQuery("SELECT " + VERSION_COLUMNS + " FROM instruction_version WHERE task_id = :taskId AND status = 'DRAFT'")
    Optional<VersionRow> draft(long taskId);

    @SqlQuery("SELECT coalesce(max(version), 0) FROM instruction_version WHERE task_id = :taskId")
    int lastVersion(long taskId);

    @SqlQuery("""
            SELECT id, version_id, position, picture, video, pictogram
            FROM step WHERE version_id = :versionId ORDER BY position
            """)
    List<StepRow> steps(long versionId);

    @SqlQuery("SELECT step_id, language, text, spoken, recording FROM step_text WHERE step_id IN (<stepIds>)")
    List<StepTextRow> stepTexts(@BindList("stepIds") List<Long> stepIds);

    @SqlQuery("SELECT step_id, position, pictogram FROM step_safety WHERE step_id IN (<stepIds>) ORDER BY step_id, position")
    List<SafetyRow> safety(@BindList("stepIds") List<Long> stepIds);

    @SqlQuery("SELECT step_id, language, file, engine, voice FROM step_audio WHERE step_id IN (<stepIds>)")
    List<AudioRow> audio(@BindList("stepIds") List<Long> stepIds);

    @SqlUpdate("INSERT INTO task (code, site_id, product_id, pictogram) VALUES (:code, :siteId, :productId, :pictogram)")
    @GetGeneratedKeys("id")
    long insertTask(String code, long siteId, Long productId, String pictogram);

    @SqlUpdate("UPDATE task SET site_id = :siteId, product_id = :productId, pictogram = :pictogram WHERE id = :id")
    void updateTask(long id, long siteId, Long productId, String pictogram);

    @SqlUpdate("INSERT INTO task_text (task_id, language, name, unit_one, unit_many) VALUES (:taskId, :language, :name, :unitOne, :unitMany)")
    void insertTaskText(long taskId, String language, String name, String unitOne, String unitMany);

    @SqlUpdate("DELETE FROM task_text WHERE task_id = :taskId")
    void deleteTaskTexts(long taskId);

    @SqlUpdate("INSERT INTO station_task (station_id, task_id) SELECT id, :taskId FROM station WHERE code = :stationCode")
    void assign(String stationCode, long taskId);

    @SqlUpdate("DELETE FROM station_task WHERE task_id = :taskId")
    void unassignAll(long taskId);

    @SqlUpdate("""
            INSERT INTO instruction_version (task_id, version, status, published_at, published_by)
            VALUES (:taskId, :version, :status, :publishedAt, :publishedBy)
            """)
    @GetGeneratedKeys("id")
    long insertVersion(long taskId, int version, String status, Long publishedAt, String publishedBy);

    @SqlUpdate("UPDATE instruction_version SET status = 'RETIRED' WHERE task_id = :taskId AND status = 'PUBLISHED' AND id <> :keep")
    void retireOthers(long taskId, long keep);

    @SqlUpdate("""
            INSERT INTO step (version_id, position, picture, video, pictogram)
            VALUES (:versionId, :position, :picture, :video, :pictogram)
            """)
    @GetGeneratedKeys("id")
    long insertStep(long versionId, int position, String picture, String video, String pictogram);

    @SqlUpdate("INSERT INTO step_text (step_id, language, text, spoken, recording) VALUES (:stepId, :language, :text, :spoken, :recording)")
    void insertStepText(long stepId, String language, String text, String spoken, String recording);

    @SqlUpdate("INSERT INTO step_safety (step_id, position, pictogram) VALUES (:stepId, :position, :pictogram)")
    void insertSafety(long stepId, int position, String pictogram);

    @SqlUpdate("""
            INSERT INTO step_audio (step_id, language, file, engine, voice) VALUES (:stepId, :language, :file, :engine, :voice)
            ON CONFLICT (step_id, language) DO UPDATE SET file = excluded.file, engine = excluded.engine, voice = excluded.voice
            """)
    void putAudio(long stepId, String language, String file, String engine, String voice);

    @SqlUpdate("DELETE FROM step_text WHERE step_id IN (SELECT id FROM step WHERE version_id = :versionId)")
    void deleteTextsOf(long versionId);

    @SqlUpdate("DELETE FROM step_safety WHERE step_id IN (SELECT id FROM step WHERE version_id = :versionId)")
    void deleteSafetyOf(long versionId);

    @SqlUpdate("DELETE FROM step WHERE version_id = :versionId")
    void deleteStepsOf(long versionId);

    @SqlUpdate("DELETE FROM instruction_version WHERE id = :versionId AND status = 'DRAFT'")
    void deleteDraftVersion(long versionId);

    /** Published versions that lack audio for a language they have text in: rendered at start-up, too. */
    @SqlQuery("""
            SELECT DISTINCT s.version_id FROM step s
            JOIN instruction_version v ON v.id = s.version_id AND v.status = 'PUBLISHED'
            JOIN step_text t ON t.step_id = s.id
            LEFT JOIN step_audio a ON a.step_id = t.step_id AND a.language = t.language
            WHERE a.step_id IS NULL ORDER BY s.version_id
            """)
    List<Long> versionsMissingAudio();
}
