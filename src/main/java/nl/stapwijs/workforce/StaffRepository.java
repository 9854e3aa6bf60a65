package nl.stapwijs.workforce;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StaffRow.class)
interface StaffRepository {

    String ACCOUNT = """
            SELECT id, username, display_name, password_hash, role, failed_attempts, locked_until, active
            FROM staff_account""";

    @SqlQuery(ACCOUNT + " WHERE username = :username")
    Optional<StaffRow> byUsername(String username);

    @SqlQuery(ACCOUNT + " WHERE id = :id")
    Optional<StaffRow> byId(long id);

    @SqlQuery(ACCOUNT + " ORDER BY role, username")
    List<StaffRow> all();

    @SqlUpdate("""
            INSERT INTO staff_account (username, display_name, password_hash, role)
            VALUES (:username, :displayName, :passwordHash, :role)
            """)
    @GetGeneratedKeys("id")
    long insert(String username, String displayName, String passwordHash, String role);

    @SqlUpdate("UPDATE staff_account SET failed_attempts = :attempts, locked_until = :lockedUntil WHERE username = :username")
    void recordFailures(String username, int attempts, Long lockedUntil);

    @SqlUpdate("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE username = :username")
    void clearFailures(String username);

    @SqlUpdate("UPDATE staff_account SET password_hash = :passwordHash WHERE id = :id")
    void setPassword(long id, String passwordHash);

    @SqlUpdate("UPDATE staff_account SET active = :active WHERE id = :id")
    void setActive(long id, boolean active);

    @SqlQuery("SELECT team_id FROM staff_team WHERE staff_id = :staffId")
    List<Long> teamsOf(long staffId);

    @SqlUpdate("INSERT INTO staff_team (staff_id, team_id) VALUES (:staffId, :teamId) ON CONFLICT DO NOTHING")
    void addTeam(long staffId, long teamId);

    @SqlQuery("SELECT worker_id FROM caseload WHERE staff_id = :staffId")
    List<Long> caseloadOf(long staffId);

    @SqlUpdate("INSERT INTO caseload (staff_id, worker_id) VALUES (:staffId, :workerId) ON CONFLICT DO NOTHING")
    void addToCaseload(long staffId, long workerId);

    @SqlQuery("""
            SELECT id, staff_id, worker_id, period_from, period_to, expires_at, granted_by, granted_at
            FROM assessor_grant WHERE staff_id = :staffId ORDER BY id
            """)
    @RegisterConstructorMapper(GrantRow.class)
    List<GrantRow> grantsOf(long staffId);

    @SqlUpdate("""
            INSERT INTO assessor_grant (staff_id, worker_id, period_from, period_to, expires_at, granted_by, granted_at)
            VALUES (:staffId, :workerId, :periodFrom, :periodTo, :expiresAt, :grantedBy, :grantedAt)
            """)
    @GetGeneratedKeys("id")
    long insertGrant(long staffId, long workerId, String periodFrom, String periodTo, long expiresAt,
            String grantedBy, long grantedAt);

    @SqlQuery("SELECT a.display_name FROM caseload c JOIN staff_account a ON a.id = c.staff_id WHERE c.worker_id = :workerId ORDER BY a.display_name")
    List<String> coachesOf(long workerId);

    @SqlQuery("""
            SELECT id, staff_id, worker_id, period_from, period_to, expires_at, granted_by, granted_at
            FROM assessor_grant WHERE worker_id = :workerId ORDER BY id
            """)
    @RegisterConstructorMapper(GrantRow.class)
    List<GrantRow> grantsFor(long workerId);
}
