package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.base.db.PostgresServer;
import nl.stapwijs.workforce.Worker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wage-value storage on PostgreSQL, a big hub's database: the rollups' SQL, versions that never change. */
class WageValuePostgresTest {

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
    void months_and_days_rolled_up_on_postgresql_give_the_raw_figures() throws Exception {
        try (WageValueFixture f = new WageValueFixture(Database.openPostgres(server.newDatabase("wagevalue"),
                server.username(), ""), dir).withRosters()) {
            f.norm("VOUWEN", "30", Instant.parse("2026-01-01T00:00:00Z"));
            Worker sanne = f.worker("P-1005");
            long task = f.workshop.taskId("VOUWEN");
            // One shift writer for the whole journal: its event ids are the worker and a sequence number.
            Shift shift = new Shift(sanne.id(), "VER-9", LocalDate.of(2026, 9, 28)).at("08:00").signIn().task(task)
                    .at("10:00").units(150).at("12:00").signOut().after(1).units(1);
            for (LocalDate day = LocalDate.of(2026, 9, 29); day.isBefore(LocalDate.of(2026, 11, 17)); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5) {
                    shift.on(day).at("08:00").signIn().task(task).at("09:00").units(100).at("09:30").help().at("09:40")
                            .helpGiven().at("12:20").breakStarts().at("13:00").breakEnds().at("15:00").units(200)
                            .rejects(3).at("16:00").signOut();
                }
            }
            f.workshop.journal.store(shift.events());

            f.rollups.catchUp();

            Period autumn = new Period(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 18));
            Instant from = autumn.start(f.zone);
            Instant to = autumn.end(f.zone);
            Measurement raw = new WageValueCalculator(f.norms.norms(), f.rosters.timeline(sanne.teamId())).measure(
                    sanne.id(), from, to, f.workshop.journal.ofWorker(sanne.id(), from.minus(Duration.ofDays(1)), to));
            assertThat(f.wageValue.table(f.viewer("beheer"), autumn).rows()).filteredOn(r -> r.worker().equals(sanne))
                    .singleElement().satisfies(r -> assertThat(r.measurement()).isEqualTo(raw));
            assertThat(raw.flags()).contains(Flag.UNITS_OUTSIDE_SESSION);
            List<MonthRow> october = new java.util.ArrayList<>();
            f.workshop.database.onReader(RollupRepository.class).months(List.of(sanne.id()), "2026-10", "2026-11",
                    october::add);
            assertThat(october).isNotEmpty().allSatisfy(m -> assertThat(m.dayMask()).isNotZero());
        }
    }

    @Test
    void norm_versions_and_subsidy_rows_cannot_be_changed_on_postgresql() throws Exception {
        try (WageValueFixture f = new WageValueFixture(Database.openPostgres(server.newDatabase("versions"),
                server.username(), ""), dir)) {
            f.norm("VOUWEN", "30", Instant.parse("2026-01-01T00:00:00Z"));
            SubsidySettings subsidy = new SubsidySettings(new nl.stapwijs.base.settings.Settings(f.workshop.database),
                    f.workshop.database, f.audit, f.workshop.clock, f.properties);
            LocalDate next = LocalDate.of(2027, 1, 1);
            subsidy.addParameters(f.viewer("beheer"), new LksParameters(next, new BigDecimal("15.10"),
                    new BigDecimal("0.08"), new BigDecimal("0.235"), new BigDecimal("0.70"), new BigDecimal("0.50")));

            assertThat(subsidy.parameters().inForceOn(next).minimumWagePerHour()).isEqualByComparingTo("15.10");
            assertThatThrownBy(() -> f.workshop.database.writeVoid(tx -> tx.attach(Tamper.class).changeNorms()))
                    .hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> f.workshop.database.writeVoid(tx -> tx.attach(Tamper.class).changeSubsidy()))
                    .hasMessageContaining("cannot be changed");
        }
    }

    interface Tamper {
        @org.jdbi.v3.sqlobject.statement.SqlUpdate("UPDATE norm_version SET seconds_per_unit = '1'")
        void changeNorms();

        @org.jdbi.v3.sqlobject.statement.SqlUpdate("DELETE FROM lks_parameter")
        void changeSubsidy();
    }
}
