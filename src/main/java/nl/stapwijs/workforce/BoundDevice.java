package nl.stapwijs.workforce;

import java.time.Instant;

/** A browser or device bound to a station. Its token is known only to the device itself. */
public record BoundDevice(long id, long stationId, String stationCode, String label, String boundBy, Instant boundAt,
        Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
