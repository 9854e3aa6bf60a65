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
     * The workers whose badges a staff member may print: those they may see, one audit entry
     * each, because a badge carries a name and photo and signs its worker in at a station.
     */
    public List<Worker> badgesToPrint(Viewer viewer) {
        List<Worker> workers = visibleWorkers(viewer);
        audit.recordAll(viewer.username(), AuditAction.READ, "BADGE", workers.stream().map(Worker::id).toList(), "badge sheet");
        return workers;
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

    /**
     * How a worker wants steps read aloud: by themselves on each new step or only on Replay,
     * and how fast (0.75 slow, 1 normal, 1.25 quick).
     */
    public record Listening(long workerId, boolean autoRead, double rate) {
        public static final List<Double> RATES = List.of(0.75, 1.0, 1.25);
    }

    public Listening listening(long workerId) {
        return repository().listening(workerId).orElse(new Listening(workerId, true, 1.0));
    }

    /** Changes a worker's read-aloud setting: part of their record, so it is audited. */
    public void setListening(Viewer viewer, long workerId, boolean autoRead, double rate) {
        Worker worker = repository().worker(workerId).filter(w -> viewer.maySee(w, clock.instant()))
                .orElseThrow(() -> new SecurityException("This worker is not in your teams or caseload"));
        if (viewer.role() != Role.ADMIN && viewer.role() != Role.SUPERVISOR && viewer.role() != Role.COACH) {
            throw new SecurityException("Only admins, supervisors and coaches change a worker's settings");
        }
        if (!Listening.RATES.contains(rate)) {
            throw new IllegalArgumentException("The speech rate is one of " + Listening.RATES);
        }
        database.writeVoid(tx -> tx.attach(WorkforceRepository.class).setListening(worker.id(), autoRead, rate));
        audit.record(viewer.username(), AuditAction.CHANGE, "WORKER_RECORD", worker.id(), "read-aloud");
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
