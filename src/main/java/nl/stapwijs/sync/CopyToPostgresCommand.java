package nl.stapwijs.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.stapwijs.base.CommandSettings;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.db.DatabaseCopy;

/**
 * {@code java -jar stapwijs.jar copy-to-postgres [--stapwijs.data-dir=DIR] --to=jdbc:postgresql://...
 * --to-username=U --to-password=P}: moves a hub from its SQLite file to PostgreSQL, every row
 * included. Stop the hub first; start it afterwards with the PostgreSQL settings. The SQLite
 * file is the one the hub's own settings name ({@link CommandSettings}) unless the option says
 * otherwise.
 */
public final class CopyToPostgresCommand {

    private CopyToPostgresCommand() {
    }

    public static Map<String, Integer> run(String[] options) {
        CommandSettings settings = CommandSettings.of(options);
        String target = settings.option("to").filter(url -> url.startsWith("jdbc:postgresql:"))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Give the PostgreSQL database as --to=jdbc:postgresql://host:5432/name"));
        Path file = settings.stapwijs().databaseFile();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No SQLite database at " + file.toAbsolutePath()
                    + ". Give the hub's data folder with --stapwijs.data-dir=...");
        }
        try (Database from = Database.open(file);
                Database to = Database.openPostgres(target, settings.option("to-username").orElse(null),
                        settings.option("to-password").orElse(null))) {
            return DatabaseCopy.copy(from, to);
        }
    }
}
