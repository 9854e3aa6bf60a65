package nl.stapwijs.base.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A SHA-256 over the names and bytes of every migration file, kept in the database after
 * Flyway ran. When the fingerprint on the class path equals the stored one, the schema is
 * exactly what these migrations produce and Flyway has nothing to do: it is not even loaded,
 * which is a good part of a station's start-up. Any changed, added or removed file changes the
 * fingerprint, and Flyway runs (and validates) as before.
 */
final class SchemaFingerprint {

    static final String TABLE = "schema_fingerprint";

    private SchemaFingerprint() {
    }

    /** The fingerprint of the migrations under a class-path folder, or null when they cannot be read. */
    static String of(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(SchemaFingerprint.class.getClassLoader())
                    .getResources("classpath*:" + location + "/**/*.sql");
            Map<String, Resource> byName = new TreeMap<>();
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                byName.put(url.substring(url.lastIndexOf(location) + location.length()), resource);
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, Resource> file : byName.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try (InputStream in = file.getValue().getInputStream()) {
                    digest.update(in.readAllBytes());
                }
                digest.update((byte) 0);
            }
            return byName.isEmpty() ? null : HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The fingerprint stored by the last migration of this database, or null (new file, older release). */
    static String stored(Database database) {
        String exists = database.vendor() == Database.Vendor.SQLITE
                ? "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name = :table"
                : "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = :table";
        return database.read(tx -> {
            if (((Number) tx.rows(exists, Map.of("table", TABLE)).getFirst().get("n")).intValue() == 0) {
                return null;
            }
            List<Map<String, Object>> rows = tx.rows("SELECT sha256 FROM " + TABLE + " WHERE id = 1", Map.of());
            return rows.isEmpty() ? null : (String) rows.getFirst().get("sha256");
        });
    }

    static void store(Database database, String fingerprint) {
        if (fingerprint == null) {
            return;
        }
        database.writeVoid(tx -> {
            tx.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                    + " (id INTEGER PRIMARY KEY CHECK (id = 1), sha256 TEXT NOT NULL)", Map.of());
            tx.execute("DELETE FROM " + TABLE, Map.of());
            tx.execute("INSERT INTO " + TABLE + " (id, sha256) VALUES (1, :sha256)", Map.of("sha256", fingerprint));
        });
    }
}
