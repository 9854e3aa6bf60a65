package nl.stapwijs.wagevalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor's norm pace is read from memory and follows each new norm version at once. */
class NormPaceTest {

    @TempDir
    Path dir;

    @Test
    void a_new_norm_version_shows_in_the_pace_from_its_moment_on() {
        try (WageValueFixture fixture = new WageValueFixture(dir)) {
            NormPaceOfNorms pace = fixture.listening(new NormPaceOfNorms(fixture.norms));
            long task = fixture.workshop.taskId("VOUWEN");
            Instant now = fixture.workshop.clock.instant();
            Instant later = now.plus(Duration.ofHours(1));
            Instant muchLater = now.plus(Duration.ofHours(3));
            OptionalDouble before = pace.unitsPerHour(task, now);

            fixture.norm("VOUWEN", "36", later);
            assertThat(pace.unitsPerHour(task, later.plusSeconds(1))).hasValue(100.0);

            fixture.norm("VOUWEN", "72", muchLater);
            assertThat(pace.unitsPerHour(task, muchLater.plusSeconds(1))).hasValue(50.0);
            assertThat(pace.unitsPerHour(task, later.plusSeconds(1))).hasValue(100.0);
            assertThat(pace.unitsPerHour(task, now)).isEqualTo(before);
        }
    }

    @Test
    void a_task_without_a_norm_has_no_pace() {
        try (WageValueFixture fixture = new WageValueFixture(dir)) {
            NormPaceOfNorms pace = new NormPaceOfNorms(fixture.norms);
            assertThat(pace.unitsPerHour(-1, fixture.workshop.clock.instant())).isEmpty();
        }
    }
}
