package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.wagevalue.CoachObservations;
import nl.stapwijs.workforce.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly run stores each suggestion once, the coach decides on it, and nothing else changes:
 * a level or a goal moves only when a person moves it. What the coach confirmed reaches the
 * wage-value evidence pack; what they kept to themselves does not.
 */
class ObservationServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    @TempDir
    Path dir;

    StationFixture workshop;
    CoachingWiring coaching;
    long sanne;
    long task;

    @BeforeEach
    void open() {
        workshop = new StationFixture(dir);
        coaching = workshop.coaching;
        sanne = workshop.workforce.workerByBadge("P-1005").orElseThrow().id();
        task = workshop.taskId("ZAKJES");
        long version = workshop.instructions.currentInstruction(task, "nl").orElseThrow().versionId();
        GeneratedJournal journal = new GeneratedJournal(sanne, 11);
        for (int day = 0; day < 3; day++) {
            journal.on(MONDAY.plusDays(day), GeneratedJournal.session(task, version, 90, 0).withHelpFrom(3));
        }
        workshop.journal.store(journal.events());
    }

    @AfterEach
    void close() {
        workshop.close();
    }

    @Test
    void a_week_is_read_once_and_a_second_run_adds_nothing() {
        int first = coaching.observations.generate(MONDAY);
        int second = coaching.observations.generate(MONDAY);

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(coaching.observations.of(viewer("coach"), sanne)).singleElement().satisfies(o -> {
            assertThat(o.rule()).isEqualTo(ObservationRule.HELP_FROM_STEP);
            assertThat(o.status()).isEqualTo(ObservationStatus.OPEN);
            assertThat(o.evidence()).hasSize(3);
        });
    }

    @Test
    void accepting_changes_no_level_and_the_same_signal_stays_quiet_the_weeks_after() {
        coaching.observations.generate(MONDAY);
        Observation open = coaching.observations.of(viewer("coach"), sanne).get(0);
        SupportLevel before = coaching.supportLevels.of(sanne, task);

        coaching.observations.accept(viewer("coach"), open.id());
        int nextWeek = coaching.observations.generate(MONDAY.plusWeeks(1));

        assertThat(coaching.observations.of(viewer("coach"), sanne)).singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo(ObservationStatus.ACCEPTED);
                    assertThat(o.decidedBy()).isEqualTo("coach");
                });
        assertThat(coaching.supportLevels.of(sanne, task)).isEqualTo(before);
        assertThat(nextWeek).isZero();
    }

    @Test
    void only_the_workers_own_coach_decides_and_a_supervisor_does_not_see_the_signals() {
        coaching.observations.generate(MONDAY);
        Observation open = coaching.observations.of(viewer("coach"), sanne).get(0);

        assertThat(coaching.observations.of(viewer("begeleider"), sanne)).isEmpty();
        assertThatThrownBy(() -> coaching.observations.dismiss(viewer("begeleider"), open.id()))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> coaching.observations.generateNow(viewer("begeleider"), sanne))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void the_evidence_pack_gets_shared_notes_about_the_work_and_confirmed_signals_never_private_or_welfare_notes() {
        Viewer coach = viewer("coach");
        coaching.observations.generate(MONDAY);
        coaching.observations.accept(coach, coaching.observations.of(coach, sanne).get(0).id());
        coaching.log.add(coach, sanne, new NewLogEntry(MONDAY.plusDays(1), "Werkt in een rustig tempo door.", null,
                Visibility.SUPERVISOR, Set.of(Tag.TEMPO), List.of()));
        coaching.log.add(coach, sanne, new NewLogEntry(MONDAY.plusDays(1), "Alleen voor mij.", null,
                Visibility.COACH, Set.of(Tag.TEMPO), List.of()));
        coaching.log.add(coach, sanne, new NewLogEntry(MONDAY.plusDays(2), "Zat niet lekker in haar vel.", null,
                Visibility.SUPERVISOR, Set.of(Tag.WELZIJN, Tag.WERKHOUDING), List.of()));
        CoachObservations pack = new PackObservations(coaching.log, coaching.observations, workshop.instructions,
                new nl.stapwijs.base.StapwijsProperties(dir, GeneratedJournal.ZONE, new nl.stapwijs.base.StapwijsProperties.Demo(false, 1L, 0)));

        List<CoachObservations.CoachObservation> notes = pack.observations(sanne, MONDAY, MONDAY.plusWeeks(2));

        assertThat(notes).extracting(CoachObservations.CoachObservation::text)
                .contains("Werkt in een rustig tempo door.")
                .anyMatch(text -> text.startsWith("Signaal uit de productie, door de coach bevestigd: 3 hulpvragen vanuit stap 3"))
                .noneMatch(text -> text.contains("Alleen voor mij") || text.contains("vel"));
    }

    private Viewer viewer(String username) {
        return workshop.staff.viewer(username).orElseThrow();
    }
}
