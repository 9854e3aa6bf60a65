package nl.stapwijs.coaching;

import java.time.Clock;
import java.time.LocalDate;
import nl.stapwijs.base.DeploymentRole;
import nl.stapwijs.base.StapwijsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every Monday morning the hub reads the week that just ended for observations; a rerun adds nothing. */
@Component
class WeeklyObservations {

    private static final Logger log = LoggerFactory.getLogger(WeeklyObservations.class);

    private final ObservationService observations;
    private final Clock clock;
    private final DeploymentRole role;

    WeeklyObservations(ObservationService observations, Clock clock, StapwijsProperties properties) {
        this.observations = observations;
        this.clock = clock;
        this.role = properties.role();
    }

    @Scheduled(cron = "0 15 6 * * MON", zone = "${stapwijs.zone:Europe/Amsterdam}")
    int lastWeek() {
        if (role == DeploymentRole.STATION) {
            return 0; // a Pi holds only its own journal; the hub reads everyone's week
        }
        LocalDate monday = observations.weekOf(clock.instant()).minusWeeks(1);
        int added = observations.generate(monday);
        log.info("Observations for the week of {}: {} new", monday, added);
        return added;
    }
}
