package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.Scheme;
import nl.stapwijs.workforce.Site;
import nl.stapwijs.workforce.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The municipality sees groups per site and scheme, never a group small enough to point at someone. */
class MunicipalityServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 17);

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
    void five_people_in_a_scheme_at_a_site_are_shown_two_are_not_nor_the_totals_that_would_give_them_away() {
        Worker sanne = worker("P-1005");
        List<Worker> beschutAtVeenendaal = new java.util.ArrayList<>(List.of(sanne));
        for (int i = 1; i <= 4; i++) {
            long id = workshop.workforce.addWorker(new Worker(0, "T-20" + i, "Test" + i, "Beschut", sanne.teamId(), "nl",
                    "openmoji:1F600", Scheme.BESCHUT, 32, true, true));
            beschutAtVeenendaal.add(workshop.workforce.worker(id).orElseThrow());
        }
        beschutAtVeenendaal.forEach(w -> worked(w, 6));
        worked(worker("P-1002"), 6);
        worked(worker("P-1004"), 6);

        MunicipalityReport report = workshop.coaching.municipality.report(viewer("gemeente"), TODAY.minusMonths(3), TODAY);

        Site veenendaal = site(sanne);
        Site montage = site(worker("P-1002"));
        GroupFigures shown = report.cells().get(veenendaal.id()).get(Scheme.BESCHUT).orElseThrow();
        assertThat(shown.people()).isEqualTo(5);
        assertThat(shown.hours()).isEqualTo(Duration.ofHours(30));
        // Sanne moved up the ladder and went on a group detachering in the period; in a group of five.
        assertThat(shown.ladderUp()).isEqualTo(1);
        assertThat(shown.placements()).isEqualTo(1);
        assertThat(report.siteTotals().get(veenendaal.id())).isPresent();
        assertThat(report.cells().get(montage.id()).get(Scheme.WSW)).isEmpty();
        assertThat(report.siteTotals().get(montage.id())).isEmpty();
        assertThat(report.schemeTotals().get(Scheme.WSW)).isEmpty();
        assertThat(report.schemeTotals().get(Scheme.BESCHUT)).map(GroupFigures::people).contains(5L);
        assertThat(report.total()).isEmpty();
    }

    @Test
    void nobody_but_the_municipality_and_an_administrator_gets_the_figures() {
        assertThat(workshop.coaching.municipality.report(viewer("beheer"), TODAY.minusMonths(1), TODAY).sites())
                .isNotEmpty();
        assertThatThrownBy(() -> workshop.coaching.municipality.report(viewer("coach"), TODAY.minusMonths(1), TODAY))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> workshop.coaching.municipality.report(viewer("begeleider"), TODAY.minusMonths(1), TODAY))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void the_municipality_never_reads_a_development_log() {
        assertThat(workshop.coaching.coaching.record(viewer("gemeente"), worker("P-1005").id())).isEmpty();
        assertThat(workshop.coaching.caseload.caseload(viewer("gemeente"))).isEmpty();
        assertThat(workshop.coaching.levels.matrices(viewer("gemeente"))).isEmpty();
    }

    /** One morning a week ago on the worker's first task. */
    private void worked(Worker worker, int hours) {
        GeneratedJournal journal = new GeneratedJournal(worker.id(), worker.id());
        journal.on(TODAY.minusWeeks(1), new GeneratedJournal.Session(workshop.taskId("VOUWEN"), null,
                SupportLevel.PRODUCTION_ONLY, Duration.ofHours(hours), 10, 0, List.of(), false));
        workshop.journal.store(journal.events());
    }

    private Site site(Worker worker) {
        long siteId = workshop.workforce.teams().stream().filter(t -> t.id() == worker.teamId()).findFirst().orElseThrow()
                .siteId();
        Optional<Site> site = workshop.workforce.sites().stream().filter(s -> s.id() == siteId).findFirst();
        return site.orElseThrow();
    }

    private Worker worker(String badge) {
        return workshop.workforce.workerByBadge(badge).orElseThrow();
    }

    private nl.stapwijs.workforce.Viewer viewer(String username) {
        return workshop.staff.viewer(username).orElseThrow();
    }
}
