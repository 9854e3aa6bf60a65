package nl.stapwijs.base;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up time goes, for whoever works on it ({@code -Dstapwijs.startup-trace=true}, see
 * bench/README.md): Spring records every start-up step, and when the app is ready the slowest
 * ones are logged, beans by name. Steps nest, so a step's time includes the steps inside it.
 * Off by default: recording costs a little time itself.
 */
public final class StartupTrace implements ApplicationListener<ApplicationReadyEvent> {

    public static final String PROPERTY = "stapwijs.startup-trace";
    private static final Logger log = LoggerFactory.getLogger(StartupTrace.class);
    private static final int SHOWN = 40;

    private final BufferingApplicationStartup startup;

    private StartupTrace(BufferingApplicationStartup startup) {
        this.startup = startup;
    }

    /** Records this application's start-up when the system property asks for it. */
    public static void attachIfAsked(SpringApplication application) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
        application.setApplicationStartup(startup);
        application.addListeners(new StartupTrace(startup));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<Step> steps = startup.getBufferedTimeline().getEvents().stream().map(Step::of).toList();
        log.info("Slowest start-up steps (ready after {} ms):\n{}", event.getTimeTaken().toMillis(),
                String.join("\n", slowest(steps, SHOWN)));
    }

    /** One recorded step: its name, its tags as {@code key=value}, and how long it took. */
    record Step(String name, String tags, Duration duration) {

        static Step of(TimelineEvent event) {
            StartupStep step = event.getStartupStep();
            return new Step(step.getName(), StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(" ")), event.getDuration());
        }
    }

    static List<String> slowest(List<Step> steps, int count) {
        return steps.stream()
                .sorted(Comparator.comparing(Step::duration).reversed())
                .limit(count)
                .map(step -> String.format("%6d ms  %s %s", step.duration().toMillis(), step.name(), step.tags()))
                .toList();
    }
}
