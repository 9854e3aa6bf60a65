package nl.stapwijs.base.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite file with one writer and a small pool of readers.
 *
 * <p>SQLite allows one writer at a time, so every write goes through one long-lived
 * connection (a pool of one): threads queue for it instead of failing with SQLITE_BUSY.
 * Writes are committed with WAL and {@code synchronous=FULL}, which survives a power cut,
 * not just a killed process. Readers use their own connections and never block the writer.
 */
public final class Database implements AutoCloseable {

    private static final int WRITE_ATTEMPTS = 40;

    private final Vendor vendor;
    private final HikariDataSource writerPool;
    private final HikariDataSource readerPool;
    private final Jdbi writer;
    private final Jdbi reader;
    private Checkpointer checkpointer;
    private boolean migrationsRan;

    /** The SQL dialects Stapwijs speaks; migrations live in {@code db/migration/<folder>}. */
    public enum Vendor {
        SQLITE("sqlite"), POSTGRESQL("postgresql");

        private final String folder;

        Vendor(String folder) {
            this.folder = folder;
        }
    }

    private Database(Vendor vendor, HikariDataSource writerPool, HikariDataSource readerPool) {
        this.vendor = vendor;
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        this.writer = Jdbi.create(writerPool).installPlugin(new SqlObjectPlugin());
        this.reader = Jdbi.create(readerPool).installPlugin(new SqlObjectPlugin());
    }

    /** Opens (creating if needed) the SQLite file and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + file.getParent(), e);
        }
        Database database = migrated(new Database(Vendor.SQLITE, pool(file, "writer", 1, false),
                pool(file, "reader", 4, true)));
        database.checkpointer = new Checkpointer(file);
        return database;
    }

    /**
     * Opens a PostgreSQL database (for a hub that outgrew one small machine) and brings its
     * schema up to date. The same repositories run on it; only migrations differ per vendor.
     */
    public static Database openPostgres(String url, String username, String password) {
        return migrated(new Database(Vendor.POSTGRESQL, postgresPool(url, username, password, "writer", 4),
                postgresPool(url, username, password, "reader", 8)));
    }

    public Vendor vendor() {
        return vendor;
    }

    /**
     * Brings the schema up to date. Flyway (a few hundred classes, a scan and a validation of
     * every migration) only runs when the migration files differ from those this database last
     * ran with: a station restarting on the same release skips it. See {@link SchemaFingerprint}.
     */
    private static Database migrated(Database database) {
        String location = "db/migration/" + database.vendor.folder;
        String fingerprint = SchemaFingerprint.of(location);
        if (fingerprint.equals(SchemaFingerprint.stored(database))) {
            return database;
        }
        Flyway.configure()
                .dataSource(database.writerPool)
                .locations("classpath:" + location)
                .load()
                .migrate();
        SchemaFingerprint.store(database, fingerprint);
        database.migrationsRan = true;
        return database;
    }

    /** Whether opening this database ran Flyway (false when the schema was known to be current). */
    public boolean migrationsRan() {
        return migrationsRan;
    }

    /** Runs a write transaction on the single writer connection, retrying while SQLite is busy. */
    public <R> R write(Function<Transaction, R> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.inTransaction(handle -> work.apply(new Transaction(handle)));
            } catch (RuntimeException e) {
                // Right after a restart that followed a kill, WAL recovery can hold the file
                // briefly even with busy_timeout; a bounded retry rides that out.
                if (!isBusy(e) || attempt >= WRITE_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    public void writeVoid(Consumer<Transaction> work) {
        write(transaction -> {
            work.accept(transaction);
            return null;
        });
    }

    public <R> R read(Function<Transaction, R> work) {
        return reader.withHandle(handle -> work.apply(new Transaction(handle)));
    }

    /** Several reads that must see one moment of the database (a read transaction). */
    public <R> R readConsistently(Function<Transaction, R> work) {
        return reader.inTransaction(handle -> work.apply(new Transaction(handle)));
    }

    /**
     * Throws unless the database answers a query that reads the file itself ({@code SELECT 1}
     * would pass without touching it). The readiness URL and so the systemd watchdog rest on this.
     */
    public void check() {
        String query = vendor == Vendor.SQLITE ? "SELECT count(*) FROM sqlite_schema"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()";
        reader.withHandle(handle -> handle.createQuery(query).mapTo(Integer.class).one());
    }

    /** A SqlObject bound to the reader pool; for writes use {@link #write} with {@code handle.attach}. */
    public <T> T onReader(Class<T> sqlObject) {
        return reader.onDemand(sqlObject);
    }

    @Override
    public void close() {
        if (checkpointer != null) {
            checkpointer.close();
        }
        readerPool.close();
        writerPool.close();
    }

    private static HikariDataSource postgresPool(String url, String username, String password, String name, int size) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(username);
        hikari.setPassword(password);
        hikari.setPoolName("postgres-" + name);
        hikari.setMaximumPoolSize(size);
        hikari.setConnectionTimeout(60_000);
        return new HikariDataSource(hikari);
    }

    private static HikariDataSource pool(Path file, String name, int size, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        // Commits never run a checkpoint themselves (a scan would wait for it); the Checkpointer does.
        config.setWalAutocheckpoint(0);
        config.setJournalSizeLimit(64 * 1024 * 1024);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());

        HikariConfig hikari = new HikariConfig();
        hikari.setDataSource(dataSource);
        hikari.setPoolName("sqlite-" + name);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(Math.min(1, size));
        hikari.setMaxLifetime(0);
        hikari.setIdleTimeout(0);
        hikari.setConnectionTimeout(60_000);
        hikari.setAutoCommit(true);
        if (readOnly) {
            // The SQLite read-only open flag fights the pool's connection reset; query_only does the same job.
            hikari.setConnectionInitSql("PRAGMA query_only = 1");
        }
        return new HikariDataSource(hikari);
    }

    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                return code == SQLiteErrorCode.SQLITE_BUSY
                        || code == SQLiteErrorCode.SQLITE_LOCKED
                        || code.name().startsWith("SQLITE_BUSY_");
            }
            if (t instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("SQLITE_BUSY")) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(250, 5L * attempt) + ThreadLocalRandom.current().nextInt(5));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", interrupted);
        }
    }
}
