package nl.stapwijs.station;

import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.stapwijs.hardware.StationPanel.Input;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scans and button presses over HTTP, for scanner bridges and load drivers: the answer
 * comes only after the journal commit, exactly as the kiosk's ✓ does.
 */
@RestController
class StationApiController {

    private final StationRuntimes runtimes;
    private final StationAccess access;

    StationApiController(StationRuntimes runtimes, StationAccess access) {
        this.runtimes = runtimes;
        this.access = access;
    }

    @PostMapping(value = "/api/stations/{code}/scans", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> scan(@PathVariable String code, @RequestBody(required = false) String text,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(value = HttpHeaders.ORIGIN, required = false) String origin, HttpServletRequest request) {
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(code, authorization, origin, request);
        if (refused.isPresent()) {
            return refused.get();
        }
        StationRuntime runtime = runtimes.runtime(code).orElseThrow();
        return ResponseEntity.ok(describe(runtime.scan(text == null ? "" : text), runtime.state()));
    }

    /**
     * Starts a task for the signed-in worker, for stations without a screen (a handheld scanner
     * in green maintenance) and for drivers; a kiosk chooses by tapping a tile.
     */
    @PostMapping(value = "/api/stations/{code}/tasks/{taskCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> chooseTask(@PathVariable String code, @PathVariable String taskCode,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(value = HttpHeaders.ORIGIN, required = false) String origin, HttpServletRequest request) {
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(code, authorization, origin, request);
        if (refused.isPresent()) {
            return refused.get();
        }
        StationRuntime station = runtimes.runtime(code).orElseThrow();
        Optional<Long> task = station.taskCalled(taskCode);
        if (task.isEmpty() || station.state().worker() == null) {
            return ResponseEntity.status(409).body(Map.of("error", "Sign in first, with a task this station offers."));
        }
        station.chooseTask(task.get());
        return ResponseEntity.ok(Map.of("mode", station.state().mode().name()));
    }

    @PostMapping(value = "/api/stations/{code}/inputs/{input}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> press(@PathVariable String code, @PathVariable Input input,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestHeader(value = HttpHeaders.ORIGIN, required = false) String origin, HttpServletRequest request) {
        Optional<ResponseEntity<Map<String, Object>>> refused = refusal(code, authorization, origin, request);
        if (refused.isPresent()) {
            return refused.get();
        }
        StationRuntime station = runtimes.runtime(code).orElseThrow();
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

    /**
     * Only the device bound to this station may post to it, with its token in a header, and
     * never from a page of another site.
     */
    private Optional<ResponseEntity<Map<String, Object>>> refusal(String code, String authorization, String origin,
            HttpServletRequest request) {
        if (origin != null && !sameOrigin(origin, request)) {
            return Optional.of(ResponseEntity.status(403).body(Map.of("error", "Requests from other sites are refused.")));
        }
        if (access.isThisDevicesStation(code, request.getRemoteAddr()) && runtimes.runtime(code).isPresent()) {
            return Optional.empty();
        }
        Optional<String> station = access.stationOfAuthorization(authorization);
        if (station.isEmpty()) {
            return Optional.of(ResponseEntity.status(401).body(Map.of("error",
                    "This device is not bound to a station. Pair it first with a pairing code.")));
        }
        if (!station.get().equals(code) || runtimes.runtime(code).isEmpty()) {
            return Optional.of(ResponseEntity.status(403).body(Map.of("error", "This device belongs to another station.")));
        }
        return Optional.empty();
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
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
            case Outcome.Rejected rejected -> {
                answer.put("outcome", "REJECTED");
                answer.put("seq", rejected.seq());
            }
            case Outcome.OrderStarted started -> {
                answer.put("outcome", "ORDER_STARTED");
                answer.put("order", started.orderCode());
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
