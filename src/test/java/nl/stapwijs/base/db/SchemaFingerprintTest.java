package nl.stapwijs.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway runs when the migrations changed since this file last saw them, and only then. */
class SchemaFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void a_new_file_is_migrated_and_a_restart_on_the_same_release_skips_flyway() {
        Path file = dir.resolve("stapwijs.db");
        try (Database first = Database.open(file)) {
            assertThat(first.migrationsRan()).isTrue();
        }
        try (Database again = Database.open(file)) {
            assertThat(again.migrationsRan()).isFalse();
            assertThat(appliedMigrations(again)).isEqualTo(migrationFiles());
            again.writeVoid(tx -> tx.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')", Map.of()));
            List<Map<String, Object>> rows = again.read(tx -> tx.rows("SELECT value FROM setting WHERE key = 'k'", Map.of()));
            assertThat(rows).containsExactly(Map.of("value", "v"));
        }
    }

    @Test
    void other_migrations_than_those_last_applied_run_flyway_again() {
        Path file = dir.resolve("stapwijs.db");
        Database.open(file).close();
        try (Database older = Database.open(file)) {
            // What a database left by an earlier release looks like to this one.
            older.writeVoid(tx -> tx.execute("UPDATE schema_fingerprint SET sha256 = 'an earlier release'", Map.of()));
        }
        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.migrationsRan()).isTrue();
            assertThat(SchemaFingerprint.stored(upgraded)).isEqualTo(SchemaFingerprint.of("db/migration/sqlite"));
        }
    }

    @Test
    void a_database_from_before_fingerprints_runs_flyway_once() {
        Path file = dir.resolve("stapwijs.db");
        try (Database old = Database.open(file)) {
            old.writeVoid(tx -> tx.execute("DROP TABLE schema_fingerprint", Map.of()));
        }
        try (Database reopened = Database.open(file)) {
            assertThat(reopened.migrationsRan()).isTrue();
        }
        try (Database again = Database.open(file)) {
            assertThat(again.migrationsRan()).isFalse();
        }
    }

    @Test
    void the_fingerprint_follows_names_and_bytes_not_the_folder() {
        String same = SchemaFingerprint.of("db/fingerprint/same-a");
        assertThat(same).hasSize(64).isEqualTo(SchemaFingerprint.of("db/fingerprint/same-b"));
        assertThat(SchemaFingerprint.of("db/fingerprint/changed")).isNotEqualTo(same);
        assertThat(SchemaFingerprint.of("db/fingerprint/none")).isNull();
    }

    private static long appliedMigrations(Database database) {
        return ((Number) database.read(tx -> tx.rows(
                "SELECT count(*) AS n FROM flyway_schema_history WHERE success = 1", Map.of())).getFirst().get("n")).longValue();
    }

    private static long migrationFiles() {
        try {
            return new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/sqlite/*.sql").length;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
