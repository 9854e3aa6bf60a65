package nl.stapwijs.workforce;

import java.time.Instant;

public record DeviceRow(long id, long stationId, String stationCode, String label, String boundBy, long boundAt,
        Long revokedAt) {

    BoundDevice device() {
        return new BoundDevice(id, stationId, stationCode, label, boundBy, Instant.ofEpochMilli(boundAt),
                revokedAt == null ? null : Instant.ofEpochMilli(revokedAt));
    }
}
