package nl.stapwijs.base.settings;

import java.util.Optional;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface SettingsRepository {

    @SqlQuery("SELECT value FROM setting WHERE key = :key")
    Optional<String> value(String key);

    @SqlUpdate("INSERT INTO setting (key, value) VALUES (:key, :value) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    void put(String key, String value);
}
