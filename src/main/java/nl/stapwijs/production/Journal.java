package nl.stapwijs.production;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import nl.stapwijs.base.UuidV7;
import nl.stapwijs.base.db.Database;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The production journal. {@link #append} returns only after the event is committed to
 * disk (WAL, synchronous=FULL), so a caller that shows "counted" afterwards never lies,
 * even if the power goes a moment later.
 */
@org.springframework.stereotype.Component
public class Journal {

    private final Database database;
    private final Clock clock;
    private final UuidV7 ids;
    private final ApplicationEventPublisher events;
    private final String bootId;
    private final long bootNanos = System.nanoTime();
    /**
     * Last committed seq per station, so an append needs no MAX(seq) query. Guarded by
     * {@link #appending}: SQLite has one writer anyway, and the cache must change together
     * with the commit, never in between two appends.
     */
    private final Map<String, Long> lastSeqs = new HashMap<>();
    private final ReentrantLock appending = new ReentrantLock();
    /** Appends waiting for the next group commit. */
    private final List<Pending> queue = new ArrayList<>();

    public Journal(Database database, Clock clock, ApplicationEventPublisher events) {
        this.database = database;
        this.clock = clock;
        this.ids = new UuidV7(clock);
        this.events = events;
        this.bootId = ids.next().toString().substring(0, 18);
    }

    /**
     * Commits one event with the station's next sequence number and returns once it is on disk.
     *
     * <p>Appends that arrive while another commit is under way are committed together in the
     * next transaction (group commit): every caller still waits for its own event's fsync, but
     * many stations share one, so throughput follows the number of stations instead of the
     * disk's fsync rate. An event that cannot be stored fails alone: a failed group is retried
     * one event at a time.
     */
    public ProductionEvent append(NewEvent event) {
        Pending mine = new Pending(event);
        synchronized (queue) {
            queue.add(mine);
        }
        appending.lock();
        try {
            if (!mine.done) {
                List<Pending> group;
                synchronized (queue) {
                    group = new ArrayList<>(queue);
                    queue.clear();
                }
                commit(group);
            }
        } finally {
            appending.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        events.publishEvent(new EventRecorded(mine.committed));
        return mine.committed;
    }

    /** Commits a group in one transaction, or each alone if the group fails. Holds {@link #appending}. */
    private void commit(List<Pending> group) {
        try {
            List<ProductionEvent> committed = database.write(handle -> {
                JournalRepository journal = handle.attach(JournalRepository.class);
                Map<String, Long> seqs = new HashMap<>();
                List<ProductionEvent> full = new ArrayList<>(group.size());
                for (Pending pending : group) {
                    NewEvent event = pending.event;
                    long last = seqs.computeIfAbsent(event.station(),
                            station -> lastSeqs.computeIfAbsent(station, journal::lastSeq));
                    ProductionEvent made = new ProductionEvent(
                            ids.next(), event.station(), last + 1, event.kind(),
                            event.workerId(), event.taskId(), event.instructionVersion(), event.quantity(),
                            event.code(), event.step(), event.reason(),
                            clock.instant(), bootId, (System.nanoTime() - bootNanos) / 1_000_000, null, event.orderId());
                    seqs.put(event.station(), made.seq());
                    full.add(made);
                }
                journal.insertAll(full.stream().map(EventRow::new).toList());
                return full;
            });
            for (int i = 0; i < group.size(); i++) {
                ProductionEvent made = committed.get(i);
                lastSeqs.put(made.station(), made.seq());
                group.get(i).succeed(made);
            }
        } catch (RuntimeException e) {
            group.forEach(pending -> lastSeqs.remove(pending.event.station()));
            if (group.size() == 1) {
                group.get(0).fail(e);
            } else {
                group.forEach(pending -> commit(List.of(pending)));
            }
        }
    }

    /** One append waiting for its group's commit; written and read under {@link #appending}. */
    private static final class Pending {
        final NewEvent event;
        boolean done;
        ProductionEvent committed;
        RuntimeException failure;

        Pending(NewEvent event) {
            this.event = event;
        }

        void succeed(ProductionEvent event) {
            committed = event;
            done = true;
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
        }
    }

    /**
     * Stores events made elsewhere (synced from a station, or generated history) exactly once:
     * an event whose id is already stored is skipped. Returns how many were new.
     */
    public int store(List<ProductionEvent> batch) {
        appending.lock();
        try {
            batch.forEach(event -> lastSeqs.remove(event.station()));
            return database.write(handle -> {
                int[] counts = handle.attach(JournalRepository.class)
                        .insertIfAbsent(batch.stream().map(EventRow::new).toList());
                int added = 0;
                for (int count : counts) {
                    added += count;
                }
                return added;
            });
        } finally {
            appending.unlock();
        }
    }

    public List<ProductionEvent> since(Instant from) {
        return database.onReader(JournalRepository.class).since(from.toEpochMilli());
    }

    public List<ProductionEvent> ofStationSince(String station, Instant from) {
        return database.onReader(JournalRepository.class).ofStationSince(station, from.toEpochMilli());
    }

    public List<ProductionEvent> ofWorker(long workerId, Instant from, Instant to) {
        return database.onReader(JournalRepository.class).ofWorker(workerId, from.toEpochMilli(), to.toEpochMilli());
    }

    /** Every event in a stretch of time, all stations and workers (measurements of many workers at once). */
    public List<ProductionEvent> between(Instant from, Instant to) {
        return database.onReader(JournalRepository.class).between(from.toEpochMilli(), to.toEpochMilli());
    }

    /** The workers with any event in a stretch of time. */
    public List<Long> workersBetween(Instant from, Instant to) {
        return database.onReader(JournalRepository.class).workersBetween(from.toEpochMilli(), to.toEpochMilli());
    }

    /** The moment of the oldest event still held in detail, if any. */
    public Optional<Instant> oldest() {
        return database.onReader(JournalRepository.class).oldest().map(Instant::ofEpochMilli);
    }

    public List<ProductionEvent> ofStationAfter(String station, long afterSeq, int limit) {
        return database.onReader(JournalRepository.class).ofStationAfter(station, afterSeq, limit);
    }

    public Optional<ProductionEvent> byId(UUID id) {
        return database.onReader(JournalRepository.class).byId(id.toString());
    }

    /** Whether a unit with exactly this code was ever counted, at any station: the double-count check of serialised units. */
    public boolean unitCounted(String code) {
        return database.onReader(JournalRepository.class).unitCounted(code);
    }

    public long lastSeq(String station) {
        return database.onReader(JournalRepository.class).lastSeq(station);
    }

    /** Units per task that a worker made since a moment (e.g. the start of today). */
    public List<TaskUnits> unitsByTask(long workerId, Instant from) {
        return database.onReader(JournalRepository.class).unitsByTask(workerId, from.toEpochMilli());
    }

    /** Every event of one worker, for a data-subject export. */
    public List<ProductionEvent> allOfWorker(long workerId) {
        return database.onReader(JournalRepository.class).allOfWorker(workerId);
    }

    /**
     * The one change ever made to stored events: on erasure, a worker's badge is removed from
     * the scanned codes it appears in. Events, counts and times stay, under the pseudonymous id.
     */
    public int forgetCode(String badge) {
        return database.write(tx -> tx.attach(JournalRepository.class).forgetCode(badge));
    }

    /**
     * Retention: journal detail from days before {@code cutoff} is rolled up into daily totals
     * per station, worker, task and kind, then deleted, one day per transaction.
     *
     * @return the number of events rolled up
     */
    public long rollUpBefore(Instant cutoff, java.time.ZoneId zone) {
        JournalRepository reader = database.onReader(JournalRepository.class);
        Optional<Long> oldest = reader.oldest();
        if (oldest.isEmpty() || oldest.get() >= cutoff.toEpochMilli()) {
            return 0;
        }
        long rolled = 0;
        java.time.LocalDate day = Instant.ofEpochMilli(oldest.get()).atZone(zone).toLocalDate();
        java.time.LocalDate last = cutoff.atZone(zone).toLocalDate();
        for (; day.isBefore(last); day = day.plusDays(1)) {
            long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
            long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            String isoDay = day.toString();
            rolled += database.write(tx -> {
                JournalRepository journal = tx.attach(JournalRepository.class);
                List<ProductionEvent> events = journal.between(from, to);
                record Key(String station, Long worker, Long task, EventKind kind) { }
                Map<Key, long[]> totals = new HashMap<>();
                for (ProductionEvent e : events) {
                    long[] total = totals.computeIfAbsent(new Key(e.station(), e.workerId(), e.taskId(), e.kind()),
                            k -> new long[2]);
                    total[0]++;
                    total[1] += e.quantity();
                }
                totals.forEach((k, t) -> journal.addRollup(isoDay, k.station(), k.worker() == null ? -1L : k.worker(),
                        k.task() == null ? -1L : k.task(), k.kind().name(), t[0], t[1]));
                journal.deleteBetween(from, to);
                return (long) events.size();
            });
        }
        return rolled;
    }

    /**
     * Stores events synced from a station exactly once (a re-sent batch is a no-op) and tells
     * the live floor about the new ones. {@code offsetMs} is the station's clock minus the
     * hub's at this contact, kept with each event so figures can use hub-corrected times.
     *
     * @return the events that were new
     */
    public List<ProductionEvent> storeSynced(List<ProductionEvent> batch, Instant hubNow, long offsetMs) {
        List<ProductionEvent> added = database.write(tx -> {
            int[] counts = tx.attach(JournalRepository.class)
                    .insertSynced(batch.stream().map(EventRow::new).toList(), hubNow.toEpochMilli(), offsetMs);
            List<ProductionEvent> stored = new java.util.ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    stored.add(batch.get(i));
                }
            }
            return stored;
        });
        added.forEach(event -> events.publishEvent(new EventRecorded(event)));
        return added;
    }

    /** The highest seq of a station such that every seq from 1 to it is stored, starting from a known one. */
    public long contiguousSeq(String station, long knownContiguous) {
        JournalRepository journal = database.onReader(JournalRepository.class);
        long contiguous = knownContiguous;
        while (true) {
            List<Long> next = journal.seqsAfter(station, contiguous, 1_000);
            int i = 0;
            while (i < next.size() && next.get(i) == contiguous + 1) {
                contiguous++;
                i++;
            }
            if (i < next.size() || next.size() < 1_000) {
                return contiguous;
            }
        }
    }
}
