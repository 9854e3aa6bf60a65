package nl.stapwijs.coaching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import org.springframework.stereotype.Service;

/**
 * Dated notes with tags, photos and a visibility. A coach writes for any audience; a supervisor
 * writes for supervisors or the worker (a note only coaches may read is a coach's). Readers see
 * what their role is shared: supervisors what is shared with supervisors, the worker what is
 * shared with them, on their own progress screen.
 */
@Service
public class LogService {

    private final Database database;
    private final CoachingScope scope;
    private final PhotoStore photos;
    private final NoteAudio audio;
    private final AuditLog audit;
    private final Clock clock;

    public LogService(Database database, CoachingScope scope, PhotoStore photos, NoteAudio audio, AuditLog audit,
            Clock clock) {
        this.database = database;
        this.scope = scope;
        this.photos = photos;
        this.audio = audio;
        this.audit = audit;
        this.clock = clock;
    }

    public long add(Viewer viewer, long workerId, NewLogEntry entry) {
        Worker worker = scope.coachOrSupervisorOf(viewer, workerId);
        if (viewer.is(Role.SUPERVISOR) && entry.visibility() == Visibility.COACH) {
            throw new SecurityException("A supervisor's note is shared with supervisors at least");
        }
        // Photos are checked and stored first: a refused photo leaves no half-written note behind.
        List<PhotoStore.Stored> stored = new ArrayList<>();
        long id;
        try {
            entry.photos().forEach(photo -> stored.add(photos.store(photo)));
            id = database.write(tx -> {
                LogRepository repository = tx.attach(LogRepository.class);
                long entryId = repository.insertEntry(worker.id(), entry.writtenOn().toString(), entry.text(),
                        entry.workerText(), entry.visibility().name(), viewer.username(), viewer.role().name(), clock.millis());
                entry.tags().stream().sorted().forEach(tag -> repository.insertTag(entryId, tag.name()));
                stored.forEach(p -> repository.insertAttachment(entryId, p.file(), p.width(), p.height(), p.sizeBytes(),
                        clock.millis()));
                return entryId;
            });
        } catch (RuntimeException e) {
            stored.forEach(p -> photos.delete(p.file()));
            throw e;
        }
        audit.record(viewer.username(), AuditAction.CHANGE, "DEVELOPMENT_LOG", worker.id(),
                "log entry " + id + " (" + entry.visibility().name().toLowerCase(java.util.Locale.ROOT) + ")");
        if (entry.visibility() == Visibility.WORKER) {
            audio.renderLater(id);
        }
        return id;
    }

    /** A photo of an entry the viewer may read, or nothing. */
    public java.util.Optional<byte[]> photo(Viewer viewer, long workerId, String file) {
        return scope.readable(viewer, workerId).flatMap(worker -> entries(List.of(worker.id()), scope.reads(viewer))
                .stream().flatMap(e -> e.attachments().stream()).filter(a -> a.file().equals(file)).findFirst())
                .map(a -> photos.read(a.file()));
    }

    /** Entries of these workers shared at least as widely as {@code audience}, newest first. */
    List<LogEntry> entries(Collection<Long> workers, Visibility audience) {
        if (workers.isEmpty()) {
            return List.of();
        }
        LogRepository repository = database.onReader(LogRepository.class);
        Set<Visibility> shared = EnumSet.noneOf(Visibility.class);
        Arrays.stream(Visibility.values()).filter(v -> v.reaches(audience)).forEach(shared::add);
        List<LogRepository.EntryRow> rows = repository.entries(workers, shared.stream().map(Enum::name).toList());
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(LogRepository.EntryRow::id).toList();
        Map<Long, Set<Tag>> tags = repository.tags(ids).stream().collect(Collectors.groupingBy(
                LogRepository.TagRow::entryId, Collectors.mapping(LogRepository.TagRow::tag,
                        Collectors.toCollection(() -> EnumSet.noneOf(Tag.class)))));
        Map<Long, List<Attachment>> attachments = repository.attachments(ids).stream()
                .collect(Collectors.groupingBy(Attachment::entryId));
        return rows.stream().map(r -> new LogEntry(r.id(), r.workerId(), java.time.LocalDate.parse(r.writtenOn()),
                r.text(), r.workerText(), r.visibility(), tags.getOrDefault(r.id(), Set.of()), r.author(),
                java.time.Instant.ofEpochMilli(r.createdAt()), attachments.getOrDefault(r.id(), List.of()),
                r.workerAudio())).toList();
    }
}
