package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.stapwijs.production.ProductionEvent;
import nl.stapwijs.workforce.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WageValueServiceTest {

    /** The fixture's clock stands on Tuesday 17 November 2026; last month is October. */
    private static final Period OCTOBER = new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_figure_computed_last_month_keeps_using_last_months_norm_version() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker sanne = f.worker("P-1005");
            Norm first = f.norm("VOUWEN", "30", LONG_AGO);
            f.workshop.journal.store(october(sanne, f.workshop.taskId("VOUWEN")));
            String shownLastMonth = f.wageValue.recompute(f.viewer("begeleider"), sanne.id(), OCTOBER).orElseThrow();
            Measurement before = f.wageValue.measurement(f.viewer("begeleider"), sanne.id(), OCTOBER).orElseThrow();

            Norm second = f.norm("VOUWEN", "20", f.workshop.clock.instant());
            f.rollups.catchUp();

            Measurement after = f.wageValue.measurement(f.viewer("begeleider"), sanne.id(), OCTOBER).orElseThrow();
            assertThat(second.version()).isEqualTo(2);
            assertThat(after).isEqualTo(before);
            assertThat(after.normsUsed()).containsExactly(first);
            assertThat(after.wageValuePercent()).isNotNull();
            assertThat(f.wageValue.recompute(f.viewer("begeleider"), sanne.id(), OCTOBER)).contains(shownLastMonth);
        }
    }

    @Test
    void a_later_norm_version_cannot_take_effect_in_the_past() {
        try (WageValueFixture f = new WageValueFixture(dir)) {
            f.norm("VOUWEN", "30", LONG_AGO);

            assertThatThrownBy(() -> f.norm("VOUWEN", "25", f.workshop.clock.instant().minus(Duration.ofDays(1))))
                    .hasMessageContaining("from now or later");
            assertThat(f.norms.versions(f.workshop.taskId("VOUWEN"))).hasSize(1);
        }
    }

    @Test
    void the_norm_in_force_is_the_latest_version_that_has_taken_effect() {
        try (WageValueFixture f = new WageValueFixture(dir)) {
            long task = f.workshop.taskId("VOUWEN");
            Norm first = f.norm("VOUWEN", "30", LONG_AGO);
            Instant tomorrow = f.workshop.clock.instant().plus(Duration.ofDays(1));
            Norm second = f.norm("VOUWEN", "25", tomorrow);

            assertThat(f.norms.inForce(task, LONG_AGO.minusSeconds(1))).isEmpty();
            assertThat(f.norms.inForce(task, f.workshop.clock.instant())).contains(first);
            assertThat(f.norms.inForce(task, tomorrow)).contains(second);
        }
    }

    @Test
    void the_period_table_from_rollups_equals_the_raw_calculation_of_every_worker() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            f.norm("VOUWEN", "30", LONG_AGO);
            f.norm("ZAKJES", "20", LONG_AGO);
            Worker sanne = f.worker("P-1005");
            Worker piotr = f.worker("P-1006");
            f.workshop.journal.store(october(sanne, f.workshop.taskId("VOUWEN")));
            f.workshop.journal.store(new Shift(piotr.id(), "VER-2", LocalDate.of(2026, 10, 5)).at("08:00").signIn()
                    .task(f.workshop.taskId("ZAKJES")).at("10:05").units(300).at("12:00").help().at("12:10").helpGiven()
                    .at("15:00").units(200).at("16:00").signOut().events());
            List<WorkerFigures> raw = f.wageValue.table(f.viewer("beheer"), OCTOBER).rows();

            f.rollups.catchUp();
            List<WorkerFigures> rolledUp = f.wageValue.table(f.viewer("beheer"), OCTOBER).rows();

            assertThat(f.rollups.rolledThrough()).contains(LocalDate.of(2026, 11, 16));
            assertThat(rolledUp).isEqualTo(raw);
            assertThat(rolledUp).filteredOn(r -> r.worker().equals(piotr)).singleElement()
                    .satisfies(r -> assertThat(r.measurement().good()).isEqualTo(500));
        }
    }

    @Test
    void an_event_that_arrives_late_for_a_rolled_up_day_is_rolled_up_again() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            f.norm("VOUWEN", "30", LONG_AGO);
            Worker sanne = f.worker("P-1005");
            List<ProductionEvent> october = october(sanne, f.workshop.taskId("VOUWEN"));
            f.workshop.journal.store(october.subList(0, october.size() - 2));
            f.rollups.catchUp();
            long before = f.wageValue.measurement(f.viewer("beheer"), sanne.id(), OCTOBER).orElseThrow().rejects();

            List<ProductionEvent> late = f.workshop.journal.storeSynced(october.subList(october.size() - 2,
                    october.size()), f.workshop.clock.instant(), 0);
            late.forEach(e -> f.rollups.on(new nl.stapwijs.production.EventRecorded(e)));
            f.rollups.catchUp();

            Measurement after = f.wageValue.measurement(f.viewer("beheer"), sanne.id(), OCTOBER).orElseThrow();
            assertThat(after.rejects()).isEqualTo(before + 1);
            assertThat(after.flags()).doesNotContain(Flag.SESSION_LEFT_OPEN);
            assertThat(after).isEqualTo(f.wageValue.measure(sanne, OCTOBER));
        }
    }

    @Test
    void a_supervisor_sees_the_figures_of_own_teams_only_and_every_read_is_audited() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker kees = f.worker("P-1010");
            Worker sanne = f.worker("P-1005");

            List<WorkerFigures> table = f.wageValue.table(f.viewer("begeleider"), OCTOBER).rows();

            assertThat(table).extracting(WorkerFigures::worker).contains(sanne).doesNotContain(kees);
            assertThat(f.wageValue.measurement(f.viewer("begeleider"), kees.id(), OCTOBER)).isEmpty();
            assertThat(f.wageValue.events(f.viewer("begeleider"), kees.id(), OCTOBER)).isEmpty();
            assertThat(f.audit.about(sanne.id())).anySatisfy(e -> assertThat(e.subject()).isEqualTo("WAGE_VALUE"));
            assertThat(f.audit.about(kees.id())).isEmpty();
        }
    }

    @Test
    void an_assessor_sees_only_the_granted_worker_and_period() {
        try (WageValueFixture f = new WageValueFixture(dir).withRosters()) {
            Worker lisa = f.worker("P-1008");
            Worker sanne = f.worker("P-1005");
            Period granted = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
            long assessor = f.workshop.staff.create("wim", "Wim", "wachtwoord-lang", nl.stapwijs.workforce.Role.ASSESSOR);
            f.workshop.staff.grant(assessor, lisa.id(), granted.from(), granted.lastDay(),
                    f.workshop.clock.instant().plus(Duration.ofDays(30)), "beheer");

            assertThat(f.wageValue.measurement(f.viewer("wim"), lisa.id(), granted)).isPresent();
            assertThat(f.wageValue.measurement(f.viewer("wim"), lisa.id(), OCTOBER)).isEmpty();
            assertThat(f.wageValue.measurement(f.viewer("wim"), sanne.id(), granted)).isEmpty();
            assertThat(f.wageValue.table(f.viewer("wim"), granted).rows()).extracting(WorkerFigures::worker).containsExactly(lisa);
        }
    }

    /** Three weeks of October on one task, at a steady pace with one help call a day. */
    static List<ProductionEvent> october(Worker worker, long task) {
        Shift shift = new Shift(worker.id(), "VER-" + worker.id(), LocalDate.of(2026, 10, 5));
        for (int d = 0; d < 19; d++) {
            LocalDate day = LocalDate.of(2026, 10, 5).plusDays(d);
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            shift.on(day).at("08:00").signIn().task(task).at("09:00").units(100).at("09:30").help().at("09:40")
                    .helpGiven().at("11:00").units(150).at("12:20").breakStarts().at("13:00").breakEnds()
                    .at("15:00").units(200).rejects(5).at("16:00").signOut();
        }
        return shift.events();
    }
}
