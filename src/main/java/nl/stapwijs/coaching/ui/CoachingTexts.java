package nl.stapwijs.coaching.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.LongFunction;
import nl.stapwijs.coaching.Observation;
import nl.stapwijs.coaching.ObservationSentence;

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
        return ObservationSentence.of(observation, on::getTranslation, taskName, versionNumber);
    }
}
