package nl.stapwijs.station;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.hardware.StationPanel.Input;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scans and button presses over HTTP, for scanner bridges and load drivers: the answer
 * comes only after the journal commit, exactly as the kiosk's ✓ does.
 */
@RestController
class StationApiController {

    private final StationRuntimes runtimes;

    StationApiController(StationRuntimes runtimes) {
        this.runtimes = runtimes;
    }

    @PostMapping(value = "/api/stations/{code}/scans", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> scan(@PathVariable String code, @RequestBody(required = false) String text) {
        Optional<StationRuntime> runtime = runtimes.runtime(code);
        if (runtime.isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "No station with this code"));
        }
        return ResponseEntity.ok(describe(runtime.get().scan(text == null ? "" : text), runtime.get().state()));
    }

    @PostMapping(value = "/api/stations/{code}/inputs/{input}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> press(@PathVariable String code, @PathVariable Input input) {
        Optional<StationRuntime> runtime = runtimes.runtime(code);
        if (runtime.isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "No station with this code"));
        }
        StationRuntime station = runtime.get();
        Map<String, Object> answer = switch (input) {
            case HELP -> {
                station.help();
                yield Map.of("outcome", "HELP_REQUESTED");
            }
            case COUNT_PEDAL, COUNT_BARRIER -> station.count()
                    .map(outcome -> describe(outcome, station.state()))
                    .orElse(Map.of("outcome", "IGNORED"));
        };
        return ResponseEntity.ok(answer);
    }

    private static Map<String, Object> describe(Outcome outcome, StationState state) {
        Map<String, Object> answer = new LinkedHashMap<>();
        switch (outcome) {
            case Outcome.Confirmed confirmed -> {
                answer.put("outcome", "CONFIRMED");
                answer.put("seq", confirmed.seq());
                answer.put("quantity", confirmed.quantity());
            }
            case Outcome.SignedIn signedIn -> {
                answer.put("outcome", "SIGNED_IN");
                answer.put("worker", signedIn.workerId());
            }
            case Outcome.Refused refused -> {
                answer.put("outcome", "REFUSED");
                answer.put("reason", refused.refusal().name());
            }
        }
        answer.put("mode", state.mode().name());
        answer.put("unitsToday", state.unitsToday());
        return answer;
    }
}
