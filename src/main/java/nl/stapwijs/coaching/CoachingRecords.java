package nl.stapwijs.coaching;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.instruction.media.MediaStore;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import org.springframework.stereotype.Component;

/**
 * A worker's whole development log for the admin's privacy tools: exported complete, or erased
 * complete (notes, photos and spoken notes on disk, levels, ladder, placements, observations).
 * Callers audit.
 */
@Component
public class CoachingRecords {

    private final Database database;
    private final LevelService levels;
    private final LogService log;
    private final ObservationService observations;
    private final PhotoStore photos;
    private final MediaStore media;

    public CoachingRecords(Database database, LevelService levels, LogService log, ObservationService observations,
            PhotoStore photos, MediaStore media) {
        this.database = database;
        this.levels = levels;
        this.log = log;
        this.observations = observations;
        this.photos = photos;
        this.media = media;
    }

    public DevelopmentExport export(Viewer admin, long workerId) {
        requireAdmin(admin);
        List<Long> ids = List.of(workerId);
        PlanRepository plan = database.onReader(PlanRepository.class);
        List<LogEntry> entries = log.entries(ids, Visibility.COACH);
        Map<String, String> files = new LinkedHashMap<>();
        entries.stream().flatMap(e -> e.attachments().stream())
                .forEach(a -> files.put(a.file(), Base64.getEncoder().encodeToString(photos.read(a.file()))));
        return new DevelopmentExport(PlanRows.goals(plan::links, plan.goals(ids)), entries, files,
                PlanRows.reviews(plan.reviews(ids)), PlanRows.ladder(plan.ladder(ids)),
                PlanRows.placements(plan.placements(ids)),
                levels.skillHistory(ids).getOrDefault(workerId, Map.of()).values().stream().flatMap(List::stream).toList(),
                levels.supportHistory(workerId), observations.rows(ids));
    }

    public void erase(Viewer admin, long workerId) {
        requireAdmin(admin);
        List<Attachment> attachments = database.onReader(LogRepository.class).attachmentsOfWorker(workerId);
        List<String> spoken = log.entries(List.of(workerId), Visibility.WORKER).stream().map(LogEntry::workerAudio)
                .filter(java.util.Objects::nonNull).distinct().toList();
        database.writeVoid(tx -> {
            LogRepository notes = tx.attach(LogRepository.class);
            notes.eraseAttachments(workerId);
            notes.eraseTags(workerId);
            notes.eraseEntries(workerId);
            PlanRepository plan = tx.attach(PlanRepository.class);
            plan.eraseLinks(workerId);
            plan.eraseGoals(workerId);
            plan.eraseReviews(workerId);
            plan.eraseLadder(workerId);
            plan.erasePlacements(workerId);
            LevelRepository levelRows = tx.attach(LevelRepository.class);
            levelRows.eraseSkills(workerId);
            levelRows.eraseSupportChanges(workerId);
            levelRows.eraseSupport(workerId);
            tx.attach(ObservationRepository.class).erase(workerId);
        });
        // Files go after the rows: a crash in between leaves an orphan file, never a note without its photo.
        attachments.forEach(a -> photos.delete(a.file()));
        // The spoken words are the note's words: gone with it, unless another note says exactly the same.
        LogRepository remaining = database.onReader(LogRepository.class);
        spoken.stream().filter(file -> remaining.spoken(file) == 0).forEach(this::deleteMedia);
    }

    private void deleteMedia(String reference) {
        media.file(reference).ifPresent(file -> {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot delete a note's audio", e);
            }
        });
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.is(Role.ADMIN)) {
            throw new SecurityException("Only an administrator may export or erase a development log");
        }
    }
}
