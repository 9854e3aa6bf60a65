package nl.stapwijs.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.base.audit.AuditEntry;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.station.StationFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scope is decided in the services: another team's worker simply does not exist for a supervisor. */
class ScopingTest {

    @TempDir
    Path dir;

    StationFixture workshop;

    @BeforeEach
    void open() {
        workshop = new StationFixture(dir);
    }

    @AfterEach
    void close() {
        workshop.close();
    }

    @Test
    void a_supervisor_sees_the_workers_of_their_own_teams_only() {
        Viewer supervisor = viewer("begeleider");

        List<String> names = workshop.workforce.visibleWorkers(supervisor).stream().map(Worker::firstName).toList();

        assertThat(names).contains("Fatima", "Sanne").doesNotContain("Kees", "Aylin", "Bram");
        assertThat(workshop.workforce.workerRecord(supervisor, worker("P-1010").id())).isEmpty();
        assertThat(workshop.workforce.workerRecord(supervisor, worker("P-1005").id())).isPresent();
    }

    @Test
    void a_coach_sees_their_caseload_only() {
        Viewer coach = viewer("coach");

        assertThat(workshop.workforce.visibleWorkers(coach)).extracting(Worker::badge)
                .containsExactlyInAnyOrder("P-1001", "P-1003", "P-1005", "P-1008");
        assertThat(workshop.workforce.workerRecord(coach, worker("P-1002").id())).isEmpty();
    }

    @Test
    void an_assessor_sees_the_granted_worker_and_period_until_the_grant_expires() {
        Viewer assessor = viewer("beoordelaar");
        Worker lisa = worker("P-1008");
        LocalDate today = LocalDate.ofInstant(workshop.clock.instant(), java.time.ZoneId.of("Europe/Amsterdam"));

        assertThat(assessor.maySee(lisa, workshop.clock.instant())).isTrue();
        assertThat(assessor.maySee(worker("P-1005"), workshop.clock.instant())).isFalse();
        assertThat(assessor.maySeeEvidence(lisa, today.minusMonths(2), today, workshop.clock.instant())).isTrue();
        assertThat(assessor.maySeeEvidence(lisa, today.minusMonths(6), today, workshop.clock.instant())).isFalse();

        workshop.clock.advance(Duration.ofDays(31));

        assertThat(viewer("beoordelaar").maySee(lisa, workshop.clock.instant())).isFalse();
        assertThat(workshop.workforce.workerRecord(viewer("beoordelaar"), lisa.id())).isEmpty();
    }

    @Test
    void the_municipality_never_sees_a_person() {
        Viewer municipality = viewer("gemeente");

        assertThat(workshop.workforce.visibleWorkers(municipality)).isEmpty();
        assertThat(workshop.workforce.workerRecord(municipality, worker("P-1001").id())).isEmpty();
    }

    @Test
    void reading_a_workers_record_is_written_to_the_audit_log_and_a_refused_read_is_not_a_read() {
        Viewer supervisor = viewer("begeleider");
        Worker sanne = worker("P-1005");

        workshop.workforce.workerRecord(supervisor, sanne.id());
        workshop.workforce.workerRecord(supervisor, worker("P-1010").id());

        // The demo coach's seeding is in the log too (DEVELOPMENT_LOG); the personal record was read once.
        List<AuditEntry> entries = new AuditLog(workshop.database, workshop.clock).about(sanne.id()).stream()
                .filter(e -> e.subject().equals("WORKER_RECORD")).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("begeleider");
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.subject()).isEqualTo("WORKER_RECORD");
        });
        assertThat(new AuditLog(workshop.database, workshop.clock).about(worker("P-1010").id())).isEmpty();
    }

    @Test
    void the_badge_sheet_holds_the_viewers_own_workers_and_each_badge_shown_is_audited() {
        Viewer supervisor = viewer("begeleider");

        List<Worker> badges = workshop.workforce.badgesToPrint(supervisor);

        assertThat(badges).extracting(Worker::firstName).contains("Fatima", "Sanne").doesNotContain("Kees", "Aylin", "Bram");
        AuditLog audit = new AuditLog(workshop.database, workshop.clock);
        assertThat(audit.about(worker("P-1005").id())).filteredOn(e -> e.subject().equals("BADGE")).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("begeleider");
                    assertThat(e.action()).isEqualTo(AuditAction.READ);
                });
        assertThat(audit.about(worker("P-1010").id())).noneMatch(e -> e.subject().equals("BADGE"));
    }

    private Viewer viewer(String username) {
        return workshop.staff.viewer(username).orElseThrow();
    }

    private Worker worker(String badge) {
        return workshop.workforce.workerByBadge(badge).orElseThrow();
    }
}
