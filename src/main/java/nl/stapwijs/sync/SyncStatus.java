package nl.stapwijs.sync;

import java.time.Instant;

/**
 * How a station's sync stands, for staff and the setup screen (never shown to a worker as an error).
 *
 * @param lastSuccess when the hub last accepted a push, or null if never
 * @param pending     events the hub does not hold yet
 */
public record SyncStatus(boolean paired, String hubUrl, String station, Instant lastSuccess, long pending,
        String lastProblem) {
}
