package nl.stapwijs.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

class StartupTraceTest {

    @Test
    void the_slowest_steps_come_first_with_their_tags() throws InterruptedException {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100);
        StartupStep quick = startup.start("spring.beans.instantiate").tag("beanName", "clock");
        quick.end();
        StartupStep slow = startup.start("spring.beans.instantiate").tag("beanName", "database");
        Thread.sleep(30);
        slow.end();

        List<String> lines = StartupTrace.slowest(startup.getBufferedTimeline().getEvents(), 1);

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).contains("spring.beans.instantiate beanName=database").doesNotContain("clock");
        assertThat(Integer.parseInt(lines.getFirst().trim().split(" ")[0])).isGreaterThanOrEqualTo(30);
    }
}
