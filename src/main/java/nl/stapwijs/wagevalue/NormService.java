package nl.stapwijs.wagevalue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Norms per task, versioned. A version is never changed: every change is a new version, and
 * a later version takes effect from now or later, so a figure computed last month keeps using
 * last month's version. Only a task's first version may take effect in the past (before it
 * the task had no norm, so no figure rested on one).
 */
@Service
public class NormService {

    private final Database database;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public NormService(Database database, Clock clock, ApplicationEventPublisher events) {
        this.database = database;
        this.clock = clock;
        this.events = events;
    }

    /** The version in force for a task at a moment, or empty while the task has no norm yet. */
    public Optional<Norm> inForce(long taskId, Instant at) {
        return database.onReader(NormRepository.class).inForce(taskId, at.toEpochMilli()).map(NormRow::norm);
    }

    /** Every version of a task's norm, oldest first, with the note on how each was set. */
    public List<NormVersion> versions(long taskId) {
        return database.onReader(NormRepository.class).ofTask(taskId).stream().map(NormRow::withNote).toList();
    }

    /** Every version of every norm, as the calculator uses them. */
    public Norms norms() {
        return new Norms(database.onReader(NormRepository.class).all().stream().map(NormRow::norm).toList());
    }

    /** Stores a new version; only admins and supervisors set norms. */
    public Norm addVersion(Viewer viewer, NormDraft draft) {
        if (!viewer.is(Role.ADMIN) && !viewer.is(Role.SUPERVISOR)) {
            throw new SecurityException("Only an administrator or a supervisor sets norms");
        }
        return addVersion(draft, viewer.username());
    }

    /** Stores a new version set by someone outside the staff pages (a company's set-up, the demo). */
    public Norm addVersion(NormDraft draft, String setBy) {
        Instant now = clock.instant();
        Norm stored = database.write(tx -> {
            NormRepository norms = tx.attach(NormRepository.class);
            int last = norms.lastVersion(draft.taskId());
            if (last > 0 && draft.effectiveFrom().isBefore(now)) {
                throw new IllegalArgumentException("A new norm version takes effect from now or later, so figures "
                        + "already computed keep their norm");
            }
            Optional<NormRow> latest = norms.ofTask(draft.taskId()).stream().reduce((a, b) -> b);
            if (latest.isPresent() && draft.effectiveFrom().toEpochMilli() <= latest.get().effectiveFrom()) {
                throw new IllegalArgumentException("A new norm version takes effect after the one before it");
            }
            Norm norm = new Norm(draft.taskId(), last + 1, draft.secondsPerUnit(), draft.unit(), draft.qualityNorm(),
                    draft.instructionAllowance(), draft.method(), setBy, now, draft.effectiveFrom(), draft.sampleSize());
            norms.insert(NormRow.of(norm, draft.note()));
            return norm;
        });
        events.publishEvent(new NormAdded(stored));
        return stored;
    }
}
