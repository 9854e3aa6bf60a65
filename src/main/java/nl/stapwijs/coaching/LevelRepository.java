package nl.stapwijs.coaching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Skill and support levels per worker and task, each change kept as a row. */
@RegisterConstructorMapper(LevelRepository.LevelRow.class)
interface LevelRepository {

    record LevelRow(long workerId, long taskId, int level, String setBy, long setAt, String note) {
    }

    /** Every skill rating of the workers, oldest first, so the last per task is the current one. */
    @SqlQuery("""
            SELECT worker_id, task_id, level, set_by, set_at, note FROM skill_level
            WHERE worker_id IN (<workers>) ORDER BY worker_id, task_id, id""")
    List<LevelRow> skills(@BindList("workers") Collection<Long> workers);

    @SqlUpdate("""
            INSERT INTO skill_level (worker_id, task_id, level, set_by, set_at, note)
            VALUES (:workerId, :taskId, :level, :setBy, :now, :note)""")
    void insertSkill(long workerId, long taskId, int level, String setBy, long now, String note);

    @SqlQuery("""
            SELECT worker_id, task_id, level, set_by, set_at, note FROM support_level_change
            WHERE worker_id IN (<workers>) ORDER BY worker_id, task_id, id""")
    List<LevelRow> supportChanges(@BindList("workers") Collection<Long> workers);

    @SqlQuery("SELECT level FROM support_level WHERE worker_id = :workerId AND task_id = :taskId")
    Optional<Integer> support(long workerId, long taskId);

    @SqlUpdate("""
            INSERT INTO support_level_change (worker_id, task_id, level, set_by, set_at, note)
            VALUES (:workerId, :taskId, :level, :setBy, :now, :note)""")
    void insertSupportChange(long workerId, long taskId, int level, String setBy, long now, String note);

    @SqlUpdate("""
            INSERT INTO support_level (worker_id, task_id, level) VALUES (:workerId, :taskId, :level)
            ON CONFLICT (worker_id, task_id) DO UPDATE SET level = excluded.level""")
    void putSupport(long workerId, long taskId, int level);

    @SqlUpdate("DELETE FROM skill_level WHERE worker_id = :workerId")
    void eraseSkills(long workerId);

    @SqlUpdate("DELETE FROM support_level_change WHERE worker_id = :workerId")
    void eraseSupportChanges(long workerId);

    @SqlUpdate("DELETE FROM support_level WHERE worker_id = :workerId")
    void eraseSupport(long workerId);
}
