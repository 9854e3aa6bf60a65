package nl.stapwijs.sync;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.db.DatabaseCopy;

/**
 * {@code java -jar stapwijs.jar copy-to-postgres --stapwijs.data-dir=DIR --to=jdbc:postgresql://...
 * --to-username=U --to-password=P}: moves a hub from its SQLite file to PostgreSQL, every row
 * included. Stop the hub first; start it afterwards with the PostgreSQL settings.
 */
public final class CopyToPostgresCommand {

    private CopyToPostgresCommand() {
    }

    public static Map<String, Integer> run(String[] options) {
        Map<String, String> settings = new HashMap<>();
        for (String option : options) {
            if (option.startsWith("--") && option.contains("=")) {
                settings.put(option.substring(2, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
            }
        }
        String target = settings.get("to");
        if (target == null || !target.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Give the PostgreSQL database as --to=jdbc:postgresql://host:5432/name");
        }
        try (Database from = Database.open(Path.of(settings.getOrDefault("stapwijs.data-dir", "data")).resolve("stapwijs.db"));
                Database to = Database.openPostgres(target, settings.get("to-username"), settings.get("to-password"))) {
            return DatabaseCopy.copy(from, to);
        }
    }
}
