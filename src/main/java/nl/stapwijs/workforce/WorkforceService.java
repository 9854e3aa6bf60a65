package nl.stapwijs.workforce;

import java.util.List;
import java.util.Optional;
import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Service;

@Service
public class WorkforceService {

    private final Database database;

    public WorkforceService(Database database) {
        this.database = database;
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
