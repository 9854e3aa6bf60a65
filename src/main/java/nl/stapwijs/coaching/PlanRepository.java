package nl.stapwijs.coaching;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Goals, reviews, ladder snapshots and placements: the development plan. Dates are ISO text. */
@RegisterConstructorMapper(PlanRepository.GoalRow.class)
@RegisterConstructorMapper(PlanRepository.LinkRow.class)
@RegisterConstructorMapper(PlanRepository.ReviewRow.class)
@RegisterConstructorMapper(PlanRepository.LadderRow.class)
@RegisterConstructorMapper(PlanRepository.PlacementRow.class)
interface PlanRepository {

    record GoalRow(long id, long workerId, String text, String targetDate, GoalStatus status, String reachedOn,
            String createdBy, long createdAt) {
    }

    record LinkRow(long goalId, Long taskId, Tag skill) {
    }

    record ReviewRow(long id, long workerId, String heldOn, String summary, String agreements, String heldBy) {
    }

    record LadderRow(long id, long workerId, int rung, String measuredOn, String note, String setBy) {
    }

    record PlacementRow(long id, long workerId, PlacementKind kind, String employer, String startedOn, String endedOn,
            String createdBy) {
    }

    @SqlQuery("""
            SELECT id, worker_id, text, target_date, status, reached_on, created_by, created_at
            FROM development_goal WHERE worker_id IN (<workers>) ORDER BY worker_id, status, target_date, id""")
    List<GoalRow> goals(@BindList("workers") Collection<Long> workers);

    @SqlQuery("SELECT goal_id, task_id, skill FROM development_goal_link WHERE goal_id IN (<goals>)")
    List<LinkRow> links(@BindList("goals") Collection<Long> goals);

    @SqlUpdate("""
            INSERT INTO development_goal (worker_id, text, target_date, status, created_by, created_at, changed_at)
            VALUES (:workerId, :text, :targetDate, 'OPEN', :createdBy, :now, :now)""")
    @GetGeneratedKeys("id")
    long insertGoal(long workerId, String text, String targetDate, String createdBy, long now);

    @SqlUpdate("INSERT INTO development_goal_link (goal_id, task_id, skill) VALUES (:goalId, :taskId, :skill)")
    void insertLink(long goalId, Long taskId, String skill);

    @SqlUpdate("""
            UPDATE development_goal SET status = :status, reached_on = :reachedOn, changed_at = :now
            WHERE id = :id AND worker_id = :workerId""")
    int setGoalStatus(long id, long workerId, String status, String reachedOn, long now);

    @SqlQuery("""
            SELECT id, worker_id, held_on, summary, agreements, held_by FROM development_review
            WHERE worker_id IN (<workers>) ORDER BY held_on DESC, id DESC""")
    List<ReviewRow> reviews(@BindList("workers") Collection<Long> workers);

    @SqlUpdate("""
            INSERT INTO development_review (worker_id, held_on, summary, agreements, held_by, created_at)
            VALUES (:workerId, :heldOn, :summary, :agreements, :heldBy, :now)""")
    @GetGeneratedKeys("id")
    long insertReview(long workerId, String heldOn, String summary, String agreements, String heldBy, long now);

    @SqlQuery("""
            SELECT id, worker_id, rung, measured_on, note, set_by FROM ladder_snapshot
            WHERE worker_id IN (<workers>) ORDER BY measured_on DESC, id DESC""")
    List<LadderRow> ladder(@BindList("workers") Collection<Long> workers);

    @SqlUpdate("""
            INSERT INTO ladder_snapshot (worker_id, rung, measured_on, note, set_by, set_at)
            VALUES (:workerId, :rung, :measuredOn, :note, :setBy, :now)""")
    @GetGeneratedKeys("id")
    long insertLadder(long workerId, int rung, String measuredOn, String note, String setBy, long now);

    @SqlQuery("""
            SELECT id, worker_id, kind, employer, started_on, ended_on, created_by FROM placement
            WHERE worker_id IN (<workers>) ORDER BY started_on DESC, id DESC""")
    List<PlacementRow> placements(@BindList("workers") Collection<Long> workers);

    @SqlUpdate("""
            INSERT INTO placement (worker_id, kind, employer, started_on, ended_on, created_by, created_at)
            VALUES (:workerId, :kind, :employer, :startedOn, :endedOn, :createdBy, :now)""")
    @GetGeneratedKeys("id")
    long insertPlacement(long workerId, String kind, String employer, String startedOn, String endedOn,
            String createdBy, long now);

    @SqlUpdate("UPDATE placement SET ended_on = :endedOn WHERE id = :id AND worker_id = :workerId")
    int endPlacement(long id, long workerId, String endedOn);

    @SqlUpdate("DELETE FROM development_goal_link WHERE goal_id IN (SELECT id FROM development_goal WHERE worker_id = :workerId)")
    void eraseLinks(long workerId);

    @SqlUpdate("DELETE FROM development_goal WHERE worker_id = :workerId")
    void eraseGoals(long workerId);

    @SqlUpdate("DELETE FROM development_review WHERE worker_id = :workerId")
    void eraseReviews(long workerId);

    @SqlUpdate("DELETE FROM ladder_snapshot WHERE worker_id = :workerId")
    void eraseLadder(long workerId);

    @SqlUpdate("DELETE FROM placement WHERE worker_id = :workerId")
    void erasePlacements(long workerId);
}
