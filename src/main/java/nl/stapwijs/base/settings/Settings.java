package nl.stapwijs.base.settings;

import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Component;

/** Company settings an admin changes at run time (retention, review cycle, ...), kept in the database. */
@Component
public class Settings {

    public static final String JOURNAL_DETAIL_MONTHS = "retention.journal-detail-months";

    private final Database database;

    public Settings(Database database) {
        this.database = database;
    }

    public int integer(String key, int fallback) {
        return database.onReader(SettingsRepository.class).value(key).map(Integer::parseInt).orElse(fallback);
    }

    public long number(String key, long fallback) {
        return database.onReader(SettingsRepository.class).value(key).map(Long::parseLong).orElse(fallback);
    }

    public String text(String key, String fallback) {
        return database.onReader(SettingsRepository.class).value(key).orElse(fallback);
    }

    public void put(String key, String value) {
        database.writeVoid(tx -> tx.attach(SettingsRepository.class).put(key, value));
    }
}
