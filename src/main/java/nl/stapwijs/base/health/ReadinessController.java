package nl.stapwijs.base.health;

import nl.stapwijs.base.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 200 "ready" once Spring has declared the application ready to serve and while the
 * database answers; 503 with a short reason otherwise. Plain text, because its readers are
 * curl in the kiosk scripts and the watchdog's probe. The reason never carries exception
 * text: on a hub this URL is reachable from the network.
 */
@RestController
public final class ReadinessController {

    public static final String PATH = "/health/ready";

    private static final Logger log = LoggerFactory.getLogger(ReadinessController.class);

    private final ApplicationAvailability availability;
    private final Database database;

    ReadinessController(ApplicationAvailability availability, Database database) {
        this.availability = availability;
        this.database = database;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> ready() {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return unavailable("starting");
        }
        try {
            database.check();
        } catch (RuntimeException e) {
            log.warn("Not ready: the {} database does not answer", database.vendor(), e);
            return unavailable("database does not answer");
        }
        return answer(HttpStatus.OK, "ready");
    }

    private static ResponseEntity<String> unavailable(String reason) {
        return answer(HttpStatus.SERVICE_UNAVAILABLE, reason);
    }

    private static ResponseEntity<String> answer(HttpStatus status, String text) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(text + "\n");
    }
}
