package nl.stapwijs.coaching;

import java.util.Collection;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Log entries, their tags and their photos. */
@RegisterConstructorMapper(LogRepository.EntryRow.class)
@RegisterConstructorMapper(LogRepository.TagRow.class)
@RegisterConstructorMapper(Attachment.class)
interface LogRepository {

    record EntryRow(long id, long workerId, String writtenOn, String text, String workerText, Visibility visibility,
            String author, long createdAt, String workerAudio) {
    }

    record TagRow(long entryId, Tag tag) {
    }

    /** Entries whose visibility is one of those given, newest first. */
    @SqlQuery("""
            SELECT id, worker_id, written_on, text, worker_text, visibility, author, created_at, worker_audio FROM log_entry
            WHERE worker_id IN (<workers>) AND visibility IN (<visibilities>) ORDER BY written_on DESC, id DESC""")
    List<EntryRow> entries(@BindList("workers") Collection<Long> workers,
            @BindList("visibilities") Collection<String> visibilities);

    /** Notes shared with the worker whose read-aloud audio is not made yet (new, or from before there was a voice). */
    @SqlQuery("""
            SELECT id, worker_id, written_on, text, worker_text, visibility, author, created_at, worker_audio FROM log_entry
            WHERE visibility = 'WORKER' AND worker_audio IS NULL ORDER BY id""")
    List<EntryRow> withoutAudio();

    @SqlQuery("""
            SELECT id, worker_id, written_on, text, worker_text, visibility, author, created_at, worker_audio FROM log_entry
            WHERE id = :id AND visibility = 'WORKER'""")
    java.util.Optional<EntryRow> shared(long id);

    @SqlUpdate("UPDATE log_entry SET worker_audio = :audio WHERE id = :id AND visibility = 'WORKER'")
    int setAudio(long id, String audio);

    @SqlQuery("SELECT COUNT(*) FROM log_entry WHERE worker_audio = :file")
    int spoken(String file);

    @SqlQuery("SELECT entry_id, tag FROM log_entry_tag WHERE entry_id IN (<entries>)")
    List<TagRow> tags(@BindList("entries") Collection<Long> entries);

    @SqlQuery("SELECT id, entry_id, file, width, height, size_bytes FROM log_attachment WHERE entry_id IN (<entries>) ORDER BY id")
    List<Attachment> attachments(@BindList("entries") Collection<Long> entries);

    @SqlUpdate("""
            INSERT INTO log_entry (worker_id, written_on, text, worker_text, visibility, author, author_role, created_at)
            VALUES (:workerId, :writtenOn, :text, :workerText, :visibility, :author, :authorRole, :now)""")
    @GetGeneratedKeys("id")
    long insertEntry(long workerId, String writtenOn, String text, String workerText, String visibility, String author,
            String authorRole, long now);

    @SqlUpdate("INSERT INTO log_entry_tag (entry_id, tag) VALUES (:entryId, :tag)")
    void insertTag(long entryId, String tag);

    @SqlUpdate("""
            INSERT INTO log_attachment (entry_id, file, width, height, size_bytes, created_at)
            VALUES (:entryId, :file, :width, :height, :sizeBytes, :now)""")
    void insertAttachment(long entryId, String file, int width, int height, long sizeBytes, long now);

    @SqlQuery("""
            SELECT a.id, a.entry_id, a.file, a.width, a.height, a.size_bytes FROM log_attachment a
            JOIN log_entry e ON e.id = a.entry_id WHERE e.worker_id = :workerId ORDER BY a.id""")
    List<Attachment> attachmentsOfWorker(long workerId);

    @SqlUpdate("DELETE FROM log_attachment WHERE entry_id IN (SELECT id FROM log_entry WHERE worker_id = :workerId)")
    void eraseAttachments(long workerId);

    @SqlUpdate("DELETE FROM log_entry_tag WHERE entry_id IN (SELECT id FROM log_entry WHERE worker_id = :workerId)")
    void eraseTags(long workerId);

    @SqlUpdate("DELETE FROM log_entry WHERE worker_id = :workerId")
    void eraseEntries(long workerId);
}
