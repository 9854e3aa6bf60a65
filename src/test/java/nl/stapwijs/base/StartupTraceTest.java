package nl.stapwijs.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.stapwijs.base.StartupTrace.Step;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

class StartupTraceTest {

    @Test
    void the_slowest_steps_come_first_with_their_tags() {
        List<Step> steps = List.of(new Step("spring.beans.instantiate", "beanName=clock", Duration.ofMillis(3)),
                new Step("spring.beans.instantiate", "beanName=database", Duration.ofMillis(412)),
                new Step("spring.context.refresh", "", Duration.ofMillis(95)));

        List<String> lines = StartupTrace.slowest(steps, 2);

        assertThat(lines).containsExactly("   412 ms  spring.beans.instantiate beanName=database",
                "    95 ms  spring.context.refresh ");
    }

    @Test
    void a_recorded_spring_step_keeps_its_name_and_tags() {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(10);
        startup.start("spring.beans.instantiate").tag("beanName", "database").tag("beanType", "Database").end();

        Step step = Step.of(startup.getBufferedTimeline().getEvents().getFirst());

        assertThat(step.name()).isEqualTo("spring.beans.instantiate");
        assertThat(step.tags()).isEqualTo("beanName=database beanType=Database");
        assertThat(step.duration().isNegative()).isFalse();
    }
}
