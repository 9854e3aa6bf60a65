package nl.stapwijs.base.db;

import java.nio.file.Path;
import java.sql.Connection;
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
 * checkpoint never blocks the writer or the readers; durability is unchanged, because every
 * commit is already safe in the log.
 */
final class Checkpointer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sqlite-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final Connection connection;

    Checkpointer(Path file) {
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(5_000);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            this.connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database for checkpoints", e);
        }
        thread.scheduleWithFixedDelay(this::checkpoint, 1, 1, TimeUnit.SECONDS);
    }

    private void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
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
