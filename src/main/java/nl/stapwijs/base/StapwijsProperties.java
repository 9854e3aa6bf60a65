package nl.stapwijs.base;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting Stapwijs reads, under the {@code stapwijs.} prefix in application.properties.
 *
 * @param dataDir where the SQLite file (and later media) live
 * @param zone    the company's time zone: "today" on the floor starts at its midnight
 * @param demo    the demo workshop: seeded on first start when enabled
 */
@ConfigurationProperties("stapwijs")
public record StapwijsProperties(Path dataDir, ZoneId zone, Demo demo) {

    public StapwijsProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        zone = zone == null ? ZoneId.of("Europe/Amsterdam") : zone;
        demo = demo == null ? new Demo(false, 2026L, 28) : demo;
    }

    public Path databaseFile() {
        return dataDir.resolve("stapwijs.db");
    }

    /**
     * @param enabled     seed the demo workshop into an empty database and offer the simulated panel
     * @param seed        makes the generated history the same on every machine
     * @param historyDays how many days of production history to generate
     */
    public record Demo(boolean enabled, long seed, int historyDays) {
    }
}
