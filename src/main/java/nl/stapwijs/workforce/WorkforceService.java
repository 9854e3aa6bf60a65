package nl.stapwijs.workforce;

import java.util.List;
import java.util.Optional;
import java.time.Clock;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Service;

@Service
public class WorkforceService {

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public WorkforceService(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** The workers a staff member may see: all for an admin, own teams, own caseload, granted ones. */
    public List<Worker> visibleWorkers(Viewer viewer) {
        return switch (viewer.role()) {
            case ADMIN -> activeWorkers();
            case SUPERVISOR -> viewer.teams().isEmpty() ? List.of() : repository().workersOfTeams(viewer.teams());
            case COACH, ASSESSOR -> activeWorkers().stream().filter(w -> viewer.maySee(w, clock.instant())).toList();
            case MUNICIPALITY -> List.of();
        };
    }

    /**
     * A worker's personal record for a staff member, written to the audit log. Empty when the
     * worker is outside the viewer's scope: another team's worker simply does not exist for them.
     */
    public Optional<Worker> workerRecord(Viewer viewer, long workerId) {
        Optional<Worker> worker = repository().worker(workerId).filter(w -> viewer.maySee(w, clock.instant()));
        worker.ifPresent(w -> audit.record(viewer.username(), AuditAction.READ, "WORKER_RECORD", w.id(), null));
        return worker;
    }

    /**
     * Removes a worker's personal fields. The row stays as a pseudonym ("Medewerker 17"), so
     * journal events keep counting for their team and the company.
     */
    public void erase(long workerId, String actor) {
        String pseudonym = "Medewerker " + workerId;
        String badge = "ERASED-" + workerId + "-" + java.util.UUID.randomUUID();
        database.writeVoid(tx -> {
            WorkforceRepository repository = tx.attach(WorkforceRepository.class);
            repository.erase(workerId, pseudonym, badge, clock.millis());
            repository.removeFromCaseloads(workerId);
        });
        audit.record(actor, AuditAction.ERASE, "WORKER_RECORD", workerId, null);
    }

    public List<Site> sites() {
        return repository().sites();
    }

    public List<Team> teams() {
        return repository().teams();
    }

    public List<Station> stations() {
        return repository().stations();
    }

    public Optional<Station> station(String code) {
        return repository().stationByCode(code);
    }

    public List<Worker> activeWorkers() {
        return repository().activeWorkers();
    }

    /** Everyone who ever worked here, also those who left or were erased (as pseudonyms): for aggregates. */
    public List<Worker> allWorkers() {
        return repository().allWorkers();
    }

    public Optional<Worker> worker(long id) {
        return repository().worker(id);
    }

    public Optional<Worker> workerByBadge(String badge) {
        return repository().workerByBadge(badge);
    }

    public List<Worker> workersOfSite(long siteId) {
        return repository().workersOfSite(siteId);
    }

    public long addSite(String code, String name) {
        return database.write(h -> h.attach(WorkforceRepository.class).insertSite(code, name));
    }

    public long addTeam(long siteId, String name) {
        return database.write(h -> h.attach(WorkforceRepository.class).insertTeam(siteId, name));
    }

    public long addStation(String code, String name, long siteId) {
        return database.write(h -> h.attach(WorkforceRepository.class).insertStation(code, name, siteId, 3.78));
    }

    public long addWorker(Worker worker) {
        return database.write(h -> h.attach(WorkforceRepository.class).insertWorker(worker));
    }

    private WorkforceRepository repository() {
        return database.onReader(WorkforceRepository.class);
    }
}
