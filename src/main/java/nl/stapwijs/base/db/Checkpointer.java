package nl.stapwijs.base.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Copies the SQLite write-ahead log back into the database file every second, on its own
 * connection and thread. SQLite would otherwise do it inside whichever commit crosses the
 * threshold, and that scan would wait tens of milliseconds for the file's fsync. A passive
 * checkpoint never blocks the writer or the readers; when the log has grown past about 16 MB
 * a restarting one makes it start over, waiting at most a few milliseconds. Durability is
 * unchanged, because every commit is already safe in the log.
 */
final class Checkpointer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    /** About 16 MB of log (4 kB pages): a few seconds of a busy hub, minutes of a station. */
    private static final int RESTART_AFTER_FRAMES = 4_096;
    private static final int RESTART_WAIT_MS = 10;

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sqlite-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final Connection connection;

    Checkpointer(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            // A restarting checkpoint holds the writer lock while it waits for older readers (a
            // long report): it gives up after a few milliseconds and tries again a second later.
            config.setBusyTimeout(RESTART_WAIT_MS);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            this.connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database for checkpoints", e);
        }
        thread.scheduleWithFixedDelay(this::checkpoint, 1, 1, TimeUnit.SECONDS);
    }

    private void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            int frames;
            try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                frames = result.next() ? result.getInt(2) : 0;
            }
            if (frames > RESTART_AFTER_FRAMES) {
                // Under steady writing a passive checkpoint never catches the writer, so the log
                // would never start over: it grows without end, and every commit's fsync must
                // also grow the file. Restarting waits for the one commit in progress and then
                // copies only the frames since the passive pass: a few milliseconds, once in a while.
                // If a reader is still on an older snapshot it gives up quickly (busy) instead.
                statement.execute("PRAGMA wal_checkpoint(RESTART)");
            }
        } catch (SQLException | RuntimeException e) {
            // The next second tries again; the log only grows meanwhile, nothing is lost.
            log.warn("SQLite checkpoint did not run: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
            connection.close();
        } catch (SQLException e) {
            log.warn("Closing the checkpoint connection failed: {}", e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
