package nl.stapwijs.base;

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
        log.info("Slowest start-up steps (ready after {} ms):\n{}", event.getTimeTaken().toMillis(),
                String.join("\n", slowest(startup.getBufferedTimeline().getEvents(), SHOWN)));
    }

    static List<String> slowest(List<TimelineEvent> events, int count) {
        return events.stream()
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(count)
                .map(e -> String.format("%6d ms  %s %s", e.getDuration().toMillis(), e.getStartupStep().getName(),
                        StreamSupport.stream(e.getStartupStep().getTags().spliterator(), false)
                                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(" "))))
                .toList();
    }
}
