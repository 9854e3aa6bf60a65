package nl.stapwijs.sync;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import nl.stapwijs.base.LocalRequests;
import nl.stapwijs.base.StapwijsProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A station's own setup API, answered only on the station itself (loopback): pair with the hub
 * (used by the setup screen and by kiosk/install.sh) and read the sync status.
 */
@RestController
class StationSetupController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StationSetupController.class);

    private final StationSync sync;
    private final StapwijsProperties properties;

    StationSetupController(StationSync sync, StapwijsProperties properties) {
        this.sync = sync;
        this.properties = properties;
    }

    @PostMapping(value = "/api/setup/pair", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> pair(@RequestBody Map<String, String> body, HttpServletRequest request) {
        if (!local(request)) {
            return ResponseEntity.status(403).body(Map.of("error", "Only on the station itself."));
        }
        try {
            String station = sync.pair(body.get("hub"), body.getOrDefault("code", ""));
            return ResponseEntity.ok(Map.of("station", station));
        } catch (HubConnection.Refused | IllegalArgumentException refused) {
            return ResponseEntity.status(400).body(Map.of("error", refused.getMessage()));
        } catch (HubConnection.Unreachable unreachable) {
            log.warn("Pairing: the hub cannot be reached: {}", unreachable.getCause() == null
                    ? unreachable.getMessage() : unreachable.getCause().toString());
            return ResponseEntity.status(502).body(Map.of("error", "The hub cannot be reached. Check the address and the network."));
        }
    }

    @GetMapping(value = "/api/setup/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SyncStatus> status(HttpServletRequest request) {
        return local(request) ? ResponseEntity.ok(sync.status()) : ResponseEntity.status(403).build();
    }

    private boolean local(HttpServletRequest request) {
        return LocalRequests.onThisStation(properties, request.getRemoteAddr());
    }
}
