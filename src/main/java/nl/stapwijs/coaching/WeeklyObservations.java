package nl.stapwijs.coaching;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every Monday morning, the week that just ended is read for observations. */
@Component
class WeeklyObservations {

    private static final Logger log = LoggerFactory.getLogger(WeeklyObservations.class);

    private final ObservationService observations;
    private final Clock clock;

    WeeklyObservations(ObservationService observations, Clock clock) {
        this.observations = observations;
        this.clock = clock;
    }

    @Scheduled(cron = "0 15 6 * * MON", zone = "${stapwijs.zone:Europe/Amsterdam}")
    int lastWeek() {
        LocalDate monday = observations.weekOf(clock.instant()).minusWeeks(1);
        int added = observations.generate(monday);
        log.info("Observations for the week of {}: {} new", monday, added);
        return added;
    }
}
