package nl.stapwijs.base;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Every setting Stapwijs reads, under the {@code stapwijs.} prefix in application.properties.
 *
 * @param role     what this process is: a complete small deployment, a Pi station, or the hub
 * @param dataDir  where the SQLite file and media live
 * @param zone     the company's time zone: "today" on the floor starts at its midnight
 * @param demo     the demo workshop: seeded on first start when enabled
 * @param station  the station this process serves in the station role
 * @param hub      where a station finds its hub
 * @param sync     how often and how much a station pushes and pulls
 * @param database the hub's database when it is not the SQLite file (PostgreSQL)
 */
@ConfigurationProperties("stapwijs")
public record StapwijsProperties(DeploymentRole role, Path dataDir, ZoneId zone, Demo demo, Station station, Hub hub,
        Sync sync, Db database) {

    @ConstructorBinding
    public StapwijsProperties {
        role = role == null ? DeploymentRole.ALL_IN_ONE : role;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        zone = zone == null ? ZoneId.of("Europe/Amsterdam") : zone;
        demo = demo == null ? new Demo(false, 2026L, 28) : demo;
        station = station == null ? new Station(null) : station;
        hub = hub == null ? new Hub(null) : hub;
        sync = sync == null ? new Sync(null, null, 0, null) : sync;
        database = database == null ? new Db(null, null, null) : database;
    }

    /** An all-in-one process with these basics; the rest at their defaults. */
    public StapwijsProperties(Path dataDir, ZoneId zone, Demo demo) {
        this(null, dataDir, zone, demo, null, null, null, null);
    }

    public Path databaseFile() {
        return dataDir.resolve("stapwijs.db");
    }

    public Path mediaDir() {
        return dataDir.resolve("media");
    }

    /**
     * @param enabled     seed the demo workshop into an empty database and offer the simulated panel
     * @param seed        makes the generated history the same on every machine
     * @param historyDays how many days of production history to generate
     */
    public record Demo(boolean enabled, long seed, int historyDays) {
    }

    /** @param code the station this Pi is, e.g. {@code MON-1} */
    public record Station(String code) {
    }

    /** @param url the hub's base address, e.g. {@code https://stapwijs.example.nl} */
    public record Hub(String url) {
    }

    /**
     * @param interval how long a station waits between pushes when all is well
     * @param pull     how often it asks the hub for new master data
     * @param batch    events per push
     * @param maxBackOff the longest wait between tries while the hub cannot be reached
     */
    public record Sync(Duration interval, Duration pull, int batch, Duration maxBackOff) {
        public Sync {
            interval = interval == null ? Duration.ofSeconds(2) : interval;
            pull = pull == null ? Duration.ofSeconds(30) : pull;
            batch = batch <= 0 ? 500 : batch;
            maxBackOff = maxBackOff == null ? Duration.ofMinutes(5) : maxBackOff;
        }
    }

    /** @param url a {@code jdbc:postgresql://} address; empty means the SQLite file in the data folder */
    public record Db(String url, String username, String password) {
        public boolean isPostgres() {
            return url != null && url.startsWith("jdbc:postgresql:");
        }
    }
}
