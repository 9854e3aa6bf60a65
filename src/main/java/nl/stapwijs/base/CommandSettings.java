package nl.stapwijs.base;

import java.nio.file.Files;
import java.util.Optional;
import nl.stapwijs.base.db.Database;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The settings of a command run from a shell ({@code java -jar stapwijs.jar pairing-code ...}),
 * read the way the app reads its own: the command's {@code --name=value} options first, then
 * Java system properties, environment variables ({@code STAPWIJS_DATA_DIR},
 * {@code STAPWIJS_DATABASE_URL}) and the {@code application.properties} files Spring Boot
 * finds (in the jar, {@code ./}, {@code ./config/}, {@code spring.config.location}). So a
 * command run where the app runs reaches the app's own database.
 */
public final class CommandSettings {

    private final ConfigurableEnvironment environment;
    private final StapwijsProperties stapwijs;

    private CommandSettings(ConfigurableEnvironment environment) {
        this.environment = environment;
        this.stapwijs = Binder.get(environment).bindOrCreate("stapwijs", StapwijsProperties.class);
    }

    public static CommandSettings of(String... options) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(options));
        ConfigDataEnvironmentPostProcessor.applyTo(environment);
        return new CommandSettings(environment);
    }

    public StapwijsProperties stapwijs() {
        return stapwijs;
    }

    /** An option of the command itself, e.g. {@code to} for {@code --to=...}. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(environment.getProperty(name)).filter(value -> !value.isBlank());
    }

    /**
     * The app's database, which must exist already: a command never starts an empty one
     * beside it, where its work would be lost (a pairing code the hub never sees).
     */
    public Database openExistingDatabase() {
        if (!stapwijs.database().isPostgres() && !Files.isRegularFile(stapwijs.databaseFile())) {
            throw new IllegalArgumentException("No Stapwijs database at " + stapwijs.databaseFile().toAbsolutePath()
                    + ". Give the app's data folder with --stapwijs.data-dir=... (or its PostgreSQL database"
                    + " with --stapwijs.database.url=...).");
        }
        return openDatabase(stapwijs);
    }

    /**
     * The database the settings name: PostgreSQL when {@code stapwijs.database.url} says so (a
     * hub), else the SQLite file in the data folder. The app opens its own with this too
     * ({@link EarlyDatabase}).
     */
    static Database openDatabase(StapwijsProperties properties) {
        StapwijsProperties.Db db = properties.database();
        return db.isPostgres() ? Database.openPostgres(db.url(), db.username(), db.password())
                : Database.open(properties.databaseFile());
    }
}
