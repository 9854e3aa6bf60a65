package nl.stapwijs.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import org.springframework.stereotype.Service;

/**
 * The hub's side of a push: checks that every event belongs to the pushing station, stores
 * each once, and answers with the highest contiguous seq it now holds.
 */
@Service
public class Ingest {

    /** More than this in one push is refused; a station sends 500 at a time. */
    static final int MAX_BATCH = 5_000;

    private final Journal journal;
    private final Database database;
    private final Clock clock;

    public Ingest(Journal journal, Database database, Clock clock) {
        this.journal = journal;
        this.database = database;
        this.clock = clock;
    }

    public SyncAnswer receive(String station, SyncBatch batch) {
        List<ProductionEvent> events = batch.events() == null ? List.of() : batch.events();
        if (events.size() > MAX_BATCH) {
            throw new IllegalArgumentException("A push may hold at most " + MAX_BATCH + " events");
        }
        for (ProductionEvent event : events) {
            if (event == null || event.id() == null || event.kind() == null || event.occurredAt() == null
                    || !station.equals(event.station()) || event.seq() < 1) {
                throw new IllegalArgumentException("Every event must be complete and belong to station " + station);
            }
        }
        Instant now = clock.instant();
        long offset = batch.stationTime() - now.toEpochMilli();
        journal.storeSynced(events, now, offset);
        StationSyncRepository repository = database.onReader(StationSyncRepository.class);
        long known = repository.of(station).map(StationSyncRow::contiguousSeq).orElse(0L);
        long contiguous = journal.contiguousSeq(station, known);
        database.writeVoid(tx -> tx.attach(StationSyncRepository.class).contact(station, contiguous, now.toEpochMilli(),
                offset, batch.appVersion() == null ? "" : batch.appVersion(), Math.max(0, batch.pending())));
        return new SyncAnswer(contiguous, repository.masterVersion());
    }

    public List<StationSyncStatus> stations() {
        return database.onReader(StationSyncRepository.class).all().stream().map(StationSyncRow::status).toList();
    }
}
