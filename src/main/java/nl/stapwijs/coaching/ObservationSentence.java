package nl.stapwijs.coaching;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * The one sentence an observation says, with task names and version numbers filled in; the same
 * words on the coach's page and in the wage-value evidence pack.
 */
public final class ObservationSentence {

    private ObservationSentence() {
    }

    /** @param texts a message bundle lookup: key and parameters to text */
    public static String of(Observation observation, BiFunction<String, Object[], String> texts,
            LongFunction<String> taskName, LongFunction<Optional<Integer>> versionNumber) {
        Map<String, String> f = observation.figures();
        String task = f.containsKey("task") && !"null".equals(f.get("task")) ? taskName.apply(Long.parseLong(f.get("task"))) : "";
        String version = f.containsKey("versionId") ? versionNumber.apply(Long.parseLong(f.get("versionId")))
                .map(String::valueOf).orElse("?") : "";
        return texts.apply("coaching.observation." + observation.rule().name(), new Object[] {task,
                f.getOrDefault("percent", ""), f.getOrDefault("weeks", ""), f.getOrDefault("sessions", ""),
                f.getOrDefault("suggested", ""), f.getOrDefault("calls", ""), f.getOrDefault("step", ""), version});
    }
}
