package nl.stapwijs.sync;

import java.time.Instant;

public record StationSyncRow(String station, long contiguousSeq, Long lastContact, Long clockOffsetMs, String appVersion,
        long backlog) {

    StationSyncStatus status() {
        return new StationSyncStatus(station, contiguousSeq, lastContact == null ? null : Instant.ofEpochMilli(lastContact),
                clockOffsetMs, appVersion, backlog);
    }
}
