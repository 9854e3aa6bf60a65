package nl.stapwijs.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.PairingCode;
import nl.stapwijs.workforce.StationBinding;
import nl.stapwijs.workforce.WorkforceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands an admin runs from a shell ({@code java -jar stapwijs.jar pairing-code ...},
 * {@code copy-to-postgres}; its copy itself is in PostgresTest): they find the hub's database
 * the way the hub does, and never work on a new, empty one beside it.
 */
class ShellCommandsTest {

    @TempDir
    Path dir;

    @Test
    void a_pairing_code_from_the_shell_pairs_the_station_on_the_hub_it_was_made_for() {
        Path hub = hubWithStations("hub");

        PairingCode code = PairingCodeCommand.run("VER-1", new String[] {"--stapwijs.data-dir=" + hub});

        assertThat(code.stationCode()).isEqualTo("VER-1");
        assertThat(pair(hub, code.code())).contains("VER-1");
    }

    @Test
    void without_options_the_command_reads_the_hubs_own_configuration_file() throws Exception {
        Path hub = hubWithStations("hub");
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("application.properties"), "stapwijs.data-dir=" + hub + "\n");

        PairingCode code = PairingCodeCommand.run("VER-1",
                new String[] {"--spring.config.additional-location=file:" + config + "/"});

        assertThat(pair(hub, code.code())).contains("VER-1");
    }

    @Test
    void a_data_folder_without_a_database_gets_a_clear_message_and_stays_empty() throws Exception {
        Path wrong = Files.createDirectories(dir.resolve("typo"));

        assertThatThrownBy(() -> PairingCodeCommand.run("VER-1", new String[] {"--stapwijs.data-dir=" + wrong}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No Stapwijs database at " + wrong.toAbsolutePath().resolve("stapwijs.db"))
                .hasMessageContaining("--stapwijs.data-dir=");
        assertThatThrownBy(() -> CopyToPostgresCommand.run(new String[] {"--stapwijs.data-dir=" + wrong,
                "--to=jdbc:postgresql://localhost:5432/stapwijs"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No SQLite database at " + wrong.toAbsolutePath().resolve("stapwijs.db"));
        try (var files = Files.list(wrong)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void copy_to_postgres_without_a_postgresql_target_says_how_to_give_one() {
        Path hub = hubWithStations("hub");

        assertThatThrownBy(() -> CopyToPostgresCommand.run(new String[] {"--stapwijs.data-dir=" + hub}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Give the PostgreSQL database as --to=jdbc:postgresql://host:5432/name");
        assertThatThrownBy(() -> CopyToPostgresCommand.run(new String[] {"--stapwijs.data-dir=" + hub,
                "--to=" + hub.resolve("stapwijs.db")}))
                .hasMessage("Give the PostgreSQL database as --to=jdbc:postgresql://host:5432/name");
    }

    private Path hubWithStations(String name) {
        Path hub = dir.resolve(name);
        new StationFixture(hub).close();
        return hub;
    }

    private static Optional<String> pair(Path hub, String code) {
        try (Database database = Database.open(hub.resolve("stapwijs.db"))) {
            Clock clock = Clock.systemUTC();
            return new StationBinding(database, new WorkforceService(database, new AuditLog(database, clock), clock), clock)
                    .pair(code, "Pi in the test").map(StationBinding.Bound::stationCode);
        }
    }
}
