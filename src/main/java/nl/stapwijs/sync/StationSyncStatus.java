package nl.stapwijs.sync;

import java.time.Instant;

/** What the hub knows of one station: the hub overview shows it to admins. */
public record StationSyncStatus(String station, long contiguousSeq, Instant lastContact, Long clockOffsetMs,
        String appVersion, long backlog) {

    /** A station clock more than two minutes off is marked; its figures use hub-corrected times. */
    public boolean clockNotSynced() {
        return clockOffsetMs != null && Math.abs(clockOffsetMs) > 120_000;
    }
}
