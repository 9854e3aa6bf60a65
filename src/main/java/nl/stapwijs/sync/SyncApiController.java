package nl.stapwijs.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.workforce.StationBinding;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's sync endpoints. Every call carries a paired device's token; the device can only
 * push its own station's events and read its own station's master data.
 */
@RestController
class SyncApiController {

    private final StationBinding binding;
    private final Ingest ingest;
    private final MasterData master;
    private final StapwijsProperties properties;

    SyncApiController(StationBinding binding, Ingest ingest, MasterData master, StapwijsProperties properties) {
        this.binding = binding;
        this.ingest = ingest;
        this.master = master;
        this.properties = properties;
    }

    @PostMapping(value = "/api/sync/events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> push(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody SyncBatch batch) {
        Optional<String> station = station(authorization);
        if (station.isEmpty()) {
            return refused();
        }
        try {
            return ResponseEntity.ok(ingest.receive(station.get(), batch));
        } catch (IllegalArgumentException wrong) {
            return ResponseEntity.badRequest().body(Map.of("error", wrong.getMessage()));
        }
    }

    @GetMapping(value = "/api/sync/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> snapshot(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(defaultValue = "0") long after) {
        Optional<String> station = station(authorization);
        if (station.isEmpty()) {
            return refused();
        }
        Snapshot snapshot = master.snapshotFor(station.get());
        return snapshot.version() <= after ? ResponseEntity.noContent().build() : ResponseEntity.ok(snapshot);
    }

    @GetMapping("/api/sync/media/{name}")
    ResponseEntity<byte[]> media(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String name) throws IOException {
        if (station(authorization).isEmpty()) {
            return ResponseEntity.status(401).build();
        }
        Path file = properties.mediaDir().resolve(name).normalize();
        if (name.contains("..") || !file.startsWith(properties.mediaDir().normalize()) || !Files.isRegularFile(file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).body(Files.readAllBytes(file));
    }

    private Optional<String> station(String authorization) {
        if (!properties.role().servesStaff() || authorization == null
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return binding.stationOf(authorization.substring(7).strip());
    }

    private static ResponseEntity<Map<String, String>> refused() {
        return ResponseEntity.status(401).body(Map.of("error", "This device is not paired with this hub (or was revoked)."));
    }
}
