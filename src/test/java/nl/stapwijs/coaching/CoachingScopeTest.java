package nl.stapwijs.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.stapwijs.base.audit.AuditAction;
import nl.stapwijs.station.StationFixture;
import nl.stapwijs.workforce.Role;
import nl.stapwijs.workforce.Viewer;
import nl.stapwijs.workforce.Worker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coach works with their own caseload only; a note reaches exactly the audience it was shared
 * with: the coach alone, the supervisors of the worker's team too, or the worker as well.
 */
class CoachingScopeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 17);

    @TempDir
    Path dir;

    StationFixture workshop;
    CoachingWiring coaching;

    @BeforeEach
    void open() {
        workshop = new StationFixture(dir);
        coaching = workshop.coaching;
    }

    @AfterEach
    void close() {
        workshop.close();
    }

    @Test
    void a_coach_sees_and_changes_only_the_workers_of_their_own_caseload() {
        long other = workshop.staff.create("coach2", "Tim (jobcoach)", "stapwijs-coach2", Role.COACH);
        workshop.staff.addToCaseload(other, worker("P-1002").id());
        Viewer noor = viewer("coach");
        Viewer tim = viewer("coach2");

        assertThat(coaching.caseload.caseload(noor)).extracting(r -> r.worker().badge())
                .containsExactlyInAnyOrder("P-1001", "P-1003", "P-1005", "P-1008");
        assertThat(coaching.caseload.caseload(tim)).extracting(r -> r.worker().badge()).containsExactly("P-1002");
        assertThat(coaching.coaching.record(tim, worker("P-1005").id())).isEmpty();
        assertThat(coaching.observations.of(tim, worker("P-1005").id())).isEmpty();
        assertThatThrownBy(() -> coaching.coaching.addGoal(tim, worker("P-1005").id(),
                new NewGoal("Ik vouw dozen.", null, List.of(workshop.taskId("VOUWEN")), List.of())))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> coaching.levels.setSkill(tim, worker("P-1005").id(), workshop.taskId("VOUWEN"),
                SkillLevel.TEACHES, null)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> coaching.log.add(tim, worker("P-1005").id(), note("Niet van mij.", Visibility.COACH)))
                .isInstanceOf(SecurityException.class);
        assertThat(coaching.levels.matrices(tim)).flatExtracting(SkillMatrix::workers).extracting(Worker::badge)
                .containsExactly("P-1002");
    }

    @Test
    void a_note_reaches_exactly_the_audience_it_was_shared_with() {
        Viewer coach = viewer("coach");
        long sanne = worker("P-1005").id();
        coaching.log.add(coach, sanne, note("Alleen voor de coach.", Visibility.COACH));
        coaching.log.add(coach, sanne, note("Ook voor de begeleider.", Visibility.SUPERVISOR));
        coaching.log.add(coach, sanne, new NewLogEntry(TODAY, "Ook voor Sanne.", "Goed gedaan, Sanne!",
                Visibility.WORKER, Set.of(Tag.TEMPO), List.of()));

        List<String> forCoach = texts(coaching.coaching.record(coach, sanne).orElseThrow().entries());
        List<String> forSupervisor = texts(coaching.coaching.record(viewer("begeleider"), sanne).orElseThrow().entries());
        List<String> forSanne = coaching.progress.of(sanne, "nl").notes().stream().map(WorkerProgress.NoteLine::text).toList();

        assertThat(forCoach).contains("Alleen voor de coach.", "Ook voor de begeleider.", "Ook voor Sanne.");
        assertThat(forSupervisor).contains("Ook voor de begeleider.", "Ook voor Sanne.").doesNotContain("Alleen voor de coach.");
        assertThat(forSanne).contains("Goed gedaan, Sanne!").doesNotContain("Alleen voor de coach.",
                "Ook voor de begeleider.", "Ook voor Sanne.");
    }

    @Test
    void a_supervisor_of_another_team_sees_nothing_and_a_supervisor_never_writes_a_note_only_coaches_read() {
        long grounds = workshop.staff.create("groen", "Els (groen)", "stapwijs-groen", Role.SUPERVISOR);
        workshop.staff.addTeam(grounds, worker("P-1010").teamId());
        long sanne = worker("P-1005").id();
        coaching.log.add(viewer("coach"), sanne, note("Ook voor de begeleider.", Visibility.SUPERVISOR));

        assertThat(coaching.coaching.record(viewer("groen"), sanne)).isEmpty();
        assertThatThrownBy(() -> coaching.log.add(viewer("begeleider"), sanne, note("Geheim.", Visibility.COACH)))
                .isInstanceOf(SecurityException.class);
        long shared = coaching.log.add(viewer("begeleider"), sanne, note("Werkt goed samen.", Visibility.SUPERVISOR));
        assertThat(shared).isPositive();
    }

    @Test
    void a_supervisor_sets_levels_in_their_team_but_the_plan_reviews_ladder_and_signals_are_the_coachs() {
        Viewer supervisor = viewer("begeleider");
        long sanne = worker("P-1005").id();

        coaching.levels.setSupport(supervisor, sanne, workshop.taskId("ZAKJES"), SupportLevel.STEPS_ON_REQUEST, null);
        DevelopmentRecord record = coaching.coaching.record(supervisor, sanne).orElseThrow();

        assertThat(record.supportLevel(workshop.taskId("ZAKJES"))).isEqualTo(SupportLevel.STEPS_ON_REQUEST);
        assertThat(coaching.supportLevels.of(sanne, workshop.taskId("ZAKJES"))).isEqualTo(SupportLevel.STEPS_ON_REQUEST);
        assertThat(record.mayChange()).isFalse();
        assertThat(record.maySetLevels()).isTrue();
        assertThat(record.reviews()).isEmpty();
        assertThat(record.ladder()).isEmpty();
        assertThat(record.observations()).isEmpty();
        assertThat(record.goals()).isNotEmpty();
        assertThatThrownBy(() -> coaching.coaching.addReview(supervisor, sanne, TODAY, "x", "y"))
                .isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> coaching.reviews.render(supervisor, sanne)).isInstanceOf(SecurityException.class);
    }

    @Test
    void a_photo_is_shown_only_to_those_who_may_read_its_note_and_is_stored_at_screen_size() throws IOException {
        Viewer coach = viewer("coach");
        long sanne = worker("P-1005").id();
        coaching.log.add(coach, sanne, new NewLogEntry(TODAY, "Zo legt Sanne de dozen klaar.", null, Visibility.COACH,
                Set.of(Tag.ZELFSTANDIGHEID), List.of(png(2400, 1200))));
        LogEntry entry = coaching.coaching.record(coach, sanne).orElseThrow().entries().stream()
                .filter(e -> !e.attachments().isEmpty()).findFirst().orElseThrow();
        Attachment photo = entry.attachments().get(0);

        assertThat(photo.width()).isEqualTo(PhotoStore.LONGEST_SIDE);
        assertThat(coaching.log.photo(coach, sanne, photo.file())).isPresent();
        assertThat(coaching.log.photo(viewer("begeleider"), sanne, photo.file())).isEmpty();
        assertThat(coaching.progress.photo(sanne, photo.file())).isEmpty();
        assertThatThrownBy(() -> coaching.log.add(coach, sanne, new NewLogEntry(TODAY, "Geen foto.", null,
                Visibility.COACH, Set.of(), List.of("<svg/>".getBytes())))).isInstanceOf(PhotoStore.NotAPhoto.class);
    }

    @Test
    void reading_a_development_log_is_audited_and_a_refused_read_is_not() {
        long sanne = worker("P-1005").id();
        long jan = worker("P-1002").id();

        coaching.coaching.record(viewer("coach"), sanne);
        coaching.coaching.record(viewer("coach"), jan);

        assertThat(coaching.audit.about(sanne)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("coach");
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.subject()).isEqualTo("DEVELOPMENT_LOG");
        });
        assertThat(coaching.audit.about(jan)).noneMatch(e -> e.subject().equals("DEVELOPMENT_LOG"));
    }

    private static NewLogEntry note(String text, Visibility visibility) {
        return new NewLogEntry(TODAY, text, null, visibility, Set.of(Tag.SAMENWERKEN), List.of());
    }

    private static List<String> texts(List<LogEntry> entries) {
        return entries.stream().map(LogEntry::text).toList();
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, width / 2, height / 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Worker worker(String badge) {
        return workshop.workforce.workerByBadge(badge).orElseThrow();
    }

    private Viewer viewer(String username) {
        return workshop.staff.viewer(username).orElseThrow();
    }
}
