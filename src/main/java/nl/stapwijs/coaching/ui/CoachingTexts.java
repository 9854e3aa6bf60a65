package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import nl.stapwijs.coaching.Observation;

/** Small formatting shared by the coaching pages: dates as the staff read them, observation sentences. */
final class CoachingTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private CoachingTexts() {
    }

    static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    /** The sentence of an observation, with task names and version numbers filled in. */
    static String sentence(Component on, Observation observation, LongFunction<String> taskName,
            LongFunction<Optional<Integer>> versionNumber) {
        Map<String, String> f = observation.figures();
        String task = f.containsKey("task") && !"null".equals(f.get("task")) ? taskName.apply(Long.parseLong(f.get("task"))) : "";
        String version = f.containsKey("versionId") ? versionNumber.apply(Long.parseLong(f.get("versionId")))
                .map(String::valueOf).orElse("?") : "";
        return on.getTranslation("coaching.observation." + observation.rule().name(), task, f.getOrDefault("percent", ""),
                f.getOrDefault("weeks", ""), f.getOrDefault("sessions", ""), f.getOrDefault("suggested", ""),
                f.getOrDefault("calls", ""), f.getOrDefault("step", ""), version);
    }
}
