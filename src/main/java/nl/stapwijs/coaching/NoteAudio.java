package nl.stapwijs.coaching;

import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.instruction.speech.SpeechChain;
import nl.stapwijs.instruction.speech.SpeechProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The read-aloud audio of notes shared with the worker, made by the instructions' speech chain
 * (a recorded voice never applies here, so a neural voice if installed, else espeak-ng) on one
 * background thread: saving a note never waits for a voice. The words are the coach's, in Dutch,
 * so they are spoken in Dutch. The file is a {@code media:} file like a step's, so a station
 * fetches it with its master data and the kiosk only plays it.
 */
@Component
public class NoteAudio {

    static final String LANGUAGE = "nl";

    private static final Logger log = LoggerFactory.getLogger(NoteAudio.class);

    private final Database database;
    private final SpeechChain chain;
    private final boolean hub;
    /** One thread, gone when idle: notes are few, and a hub should not keep a thread for them. */
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "note-speech");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    private volatile boolean stopping;

    public NoteAudio(Database database, SpeechChain chain, StapwijsProperties properties) {
        this.database = database;
        this.chain = chain;
        this.hub = properties.role().servesStaff();
        thread.allowCoreThreadTimeOut(true);
    }

    /** At start-up: notes shared before a voice was installed, or while the hub was stopped mid-way. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (hub) {
            database.onReader(LogRepository.class).withoutAudio().forEach(row -> renderLater(row.id()));
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
        thread.shutdownNow();
    }

    /** Queues a note's audio; the future holds the file, or empty when no voice could speak it. */
    public Future<Optional<String>> renderLater(long entryId) {
        return thread.submit(() -> {
            try {
                return render(entryId);
            } catch (RuntimeException e) {
                if (stopping) {
                    // Cut off by a shut-down: the catch-up at the next start makes it.
                    log.info("Audio for note {} is left for the next start: the app is stopping", entryId);
                } else {
                    log.warn("Audio for note {} not made: {}", entryId, e.getClass().getSimpleName());
                }
                throw e;
            }
        });
    }

    /** Makes (or finds in the speech cache) the audio of one shared note now; empty for a note not shared with the worker. */
    Optional<String> render(long entryId) {
        Optional<LogRepository.EntryRow> row = database.onReader(LogRepository.class).shared(entryId);
        if (row.isEmpty() || row.get().workerAudio() != null) {
            return row.map(LogRepository.EntryRow::workerAudio);
        }
        String words = row.get().workerText() == null ? row.get().text() : row.get().workerText();
        Optional<SpeechProvider.Speech> speech = chain.speak(new SpeechProvider.Line(LANGUAGE, words, null));
        speech.ifPresent(s -> database.write(tx -> tx.attach(LogRepository.class).setAudio(entryId, s.file())));
        return speech.map(SpeechProvider.Speech::file);
    }
}
