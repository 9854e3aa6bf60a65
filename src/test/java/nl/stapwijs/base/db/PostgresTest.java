package nl.stapwijs.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.NewEvent;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.station.Mode;
import nl.stapwijs.station.Outcome;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.station.StationRuntime;
import nl.stapwijs.sync.CopyToPostgresCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same repositories and migrations on PostgreSQL, the hub's database for companies that
 * outgrow SQLite: a throwaway server from Debian's package, one fresh database per test.
 */
class PostgresTest {

    static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void both_vendors_migrate_to_the_same_tables_and_columns() throws Exception {
        String url = server.newDatabase("parity");
        Database.openPostgres(url, server.username(), "").close();
        Database.open(dir.resolve("parity.db")).close();

        Map<String, TreeSet<String>> postgres = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, server.username(), "");
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'""")) {
            while (rs.next()) {
                postgres.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        Map<String, TreeSet<String>> sqlite = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parity.db"));
                ResultSet rs = c.createStatement().executeQuery("""
                        SELECT m.name, p.name FROM sqlite_schema m JOIN pragma_table_info(m.name) p
                        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'flyway_schema_history'""")) {
            while (rs.next()) {
                sqlite.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }

        assertThat(postgres).isEqualTo(sqlite);
    }

    @Test
    void a_restart_on_the_same_release_skips_flyway_on_postgresql_too() throws Exception {
        String url = server.newDatabase("restart");
        try (Database first = Database.openPostgres(url, server.username(), "")) {
            assertThat(first.migrationsRan()).isTrue();
        }
        try (Database again = Database.openPostgres(url, server.username(), "")) {
            assertThat(again.migrationsRan()).isFalse();
            again.check();
        }
    }

    @Test
    void the_worker_flow_counts_and_journals_on_postgresql_as_on_sqlite() throws Exception {
        try (StationFixture workshop = new StationFixture(
                Database.openPostgres(server.newDatabase("flow"), server.username(), ""), dir)) {
            StationRuntime station = workshop.station("VER-1");
            station.scan("P-1005");
            station.chooseTask(workshop.taskId("VOUWEN"));
            while (station.state().mode() == Mode.STEPS) {
                station.next();
            }

            Outcome first = station.scan(workshop.productCode("VOUWEN"));
            Outcome wrong = station.scan(workshop.productCode("ZAKJES"));
            station.scan(workshop.productCode("VOUWEN"));

            assertThat(first).isInstanceOf(Outcome.Confirmed.class);
            assertThat(wrong).isInstanceOf(Outcome.Refused.class);
            assertThat(station.state().unitsToday()).isEqualTo(2);
            List<ProductionEvent> events = workshop.journalOf("VER-1");
            assertThat(events).extracting(ProductionEvent::seq).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, events.size()).boxed().toList());
            assertThat(workshop.journal.store(events)).isZero();
            assertThat(workshop.staff.viewer("begeleider")).isPresent();
        }
    }

    @Test
    void lock_out_audit_and_retention_behave_the_same_on_postgresql() throws Exception {
        try (StationFixture workshop = new StationFixture(
                Database.openPostgres(server.newDatabase("privacy"), server.username(), ""), dir)) {
            for (int i = 0; i < 5; i++) {
                workshop.staff.recordFailedSignIn("coach");
            }
            assertThat(workshop.staff.isLocked(workshop.staff.account("coach").orElseThrow())).isTrue();

            AuditLog audit = new AuditLog(workshop.database, workshop.clock);
            audit.record("beheer", AuditAction.READ, "WORKER_RECORD", 1L, null);
            assertThatThrownBy(() -> workshop.database.writeVoid(tx -> tx.attach(Tamper.class).wipe()))
                    .hasMessageContaining("the audit log cannot be changed");

            List<ProductionEvent> old = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                old.add(workshop.journal.append(NewEvent.of("PG-1", EventKind.UNIT, 1L, 1L).withQuantity(2)));
            }
            workshop.clock.advance(Duration.ofDays(800));
            long rolled = workshop.journal.rollUpBefore(workshop.clock.instant().minus(Duration.ofDays(30)),
                    java.time.ZoneId.of("Europe/Amsterdam"));
            assertThat(rolled).isEqualTo(3);
            assertThat(workshop.journal.ofStationSince("PG-1", Instant.EPOCH)).isEmpty();
        }
    }

    @Test
    void a_sqlite_hub_moves_to_postgresql_with_every_row_and_keeps_working() throws Exception {
        Map<String, Long> before;
        String url = server.newDatabase("moved");
        try (StationFixture sqlite = new StationFixture(dir)) {
            StationRuntime station = sqlite.station("VER-1");
            station.scan("P-1005");
            station.chooseTask(sqlite.taskId("VOUWEN"));
            station.scan(sqlite.productCode("VOUWEN"));
            new AuditLog(sqlite.database, sqlite.clock).record("beheer", AuditAction.READ, "WORKER_RECORD", 5L, null);
            before = counts(sqlite.database);
        }
        // as an admin runs it, with the hub stopped: java -jar stapwijs.jar copy-to-postgres ...
        Map<String, Integer> copied = CopyToPostgresCommand.run(new String[] {"--stapwijs.data-dir=" + dir,
                "--to=" + url, "--to-username=" + server.username()});
        assertThat(copied).containsEntry("journal_event", before.get("journal_event").intValue());
        try (Database postgres = Database.openPostgres(url, server.username(), "")) {
            assertThat(counts(postgres)).isEqualTo(before);
        }

        try (StationFixture moved = new StationFixture(Database.openPostgres(url, server.username(), ""), dir)) {
            assertThat(moved.staff.viewer("beheer")).isPresent();
            long before2 = moved.journal.lastSeq("VER-1");
            StationRuntime station = moved.station("VER-1");
            station.scan(moved.productCode("VOUWEN"));
            assertThat(moved.journal.lastSeq("VER-1")).isEqualTo(before2 + 1);
            assertThat(moved.workforce.addSite("NEW", "Nieuwe locatie")).isGreaterThan(3);
        }
    }

    private static Map<String, Long> counts(Database database) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("worker", "task", "step_text", "journal_event", "audit_entry", "staff_account",
                "assessor_grant", "setting")) {
            counts.put(table, database.read(tx -> ((Number) tx.rows("SELECT COUNT(*) AS n FROM " + table, Map.of())
                    .get(0).get("n")).longValue()));
        }
        return counts;
    }

    interface Tamper {
        @org.jdbi.v3.sqlobject.statement.SqlUpdate("DELETE FROM audit_entry")
        void wipe();
    }
}
