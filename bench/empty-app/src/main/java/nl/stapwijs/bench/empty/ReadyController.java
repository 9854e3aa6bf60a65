package nl.stapwijs.bench.empty;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same readiness URL and rule as Stapwijs's ReadinessController (200 once Spring
 * accepts traffic), so that the benchmark waits for the same thing in both apps.
 */
@RestController
class ReadyController {

    private final ApplicationAvailability availability;

    ReadyController(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @GetMapping(path = "/health/ready", produces = "text/plain")
    ResponseEntity<String> ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                ? ResponseEntity.ok("ready\n")
                : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body("starting\n");
    }
}
