package nl.stapwijs.workforce;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Site.class)
@RegisterConstructorMapper(Team.class)
@RegisterConstructorMapper(Station.class)
@RegisterConstructorMapper(Worker.class)
@RegisterConstructorMapper(WorkforceService.Listening.class)
interface WorkforceRepository {

    @SqlQuery("SELECT id AS worker_id, auto_read, speech_rate AS rate FROM worker WHERE id = :workerId")
    Optional<WorkforceService.Listening> listening(long workerId);

    @SqlUpdate("UPDATE worker SET auto_read = :autoRead, speech_rate = :rate WHERE id = :workerId")
    void setListening(long workerId, boolean autoRead, double rate);

    String WORKER = """
            SELECT id, badge, first_name, last_name, team_id, language, avatar, scheme, contract_hours,
                   auto_read, active FROM worker""";

    @SqlQuery("SELECT id, code, name FROM site ORDER BY id")
    List<Site> sites();

    @SqlQuery("SELECT id, site_id, name FROM team ORDER BY id")
    List<Team> teams();

    @SqlQuery("SELECT id, code, name, site_id, px_per_mm FROM station ORDER BY site_id, code")
    List<Station> stations();

    @SqlQuery("SELECT id, code, name, site_id, px_per_mm FROM station WHERE code = :code")
    Optional<Station> stationByCode(String code);

    @SqlQuery(WORKER + " WHERE active = TRUE ORDER BY first_name, last_name")
    List<Worker> activeWorkers();

    @SqlQuery(WORKER + " ORDER BY id")
    List<Worker> allWorkers();

    @SqlQuery(WORKER + " WHERE id = :id")
    Optional<Worker> worker(long id);

    @SqlQuery(WORKER + " WHERE badge = :badge AND active = TRUE")
    Optional<Worker> workerByBadge(String badge);

    @SqlQuery(WORKER + " WHERE active = TRUE AND team_id IN (SELECT id FROM team WHERE site_id = :siteId) ORDER BY first_name, last_name")
    List<Worker> workersOfSite(long siteId);

    @SqlUpdate("INSERT INTO site (code, name) VALUES (:code, :name)")
    @GetGeneratedKeys("id")
    long insertSite(String code, String name);

    @SqlUpdate("INSERT INTO team (site_id, name) VALUES (:siteId, :name)")
    @GetGeneratedKeys("id")
    long insertTeam(long siteId, String name);

    @SqlUpdate("INSERT INTO station (code, name, site_id, px_per_mm) VALUES (:code, :name, :siteId, :pxPerMm)")
    @GetGeneratedKeys("id")
    long insertStation(String code, String name, long siteId, double pxPerMm);

    @SqlUpdate("""
            INSERT INTO worker (badge, first_name, last_name, team_id, language, avatar, scheme, contract_hours, auto_read, active)
            VALUES (:badge, :firstName, :lastName, :teamId, :language, :avatar, :scheme, :contractHours, :autoRead, :active)
            """)
    @GetGeneratedKeys("id")
    long insertWorker(@BindMethods Worker worker);

    @SqlQuery(WORKER + " WHERE team_id IN (<teams>) AND active = TRUE ORDER BY first_name, last_name")
    List<Worker> workersOfTeams(@org.jdbi.v3.sqlobject.customizer.BindList("teams") java.util.Collection<Long> teams);

    @SqlUpdate("""
            UPDATE worker SET first_name = :pseudonym, last_name = '', badge = :badge, avatar = 'openmoji:1F464',
                              language = 'nl', auto_read = TRUE, active = FALSE, erased_at = :now
            WHERE id = :id
            """)
    void erase(long id, String pseudonym, String badge, long now);

    @SqlUpdate("DELETE FROM caseload WHERE worker_id = :id")
    void removeFromCaseloads(long id);
}
