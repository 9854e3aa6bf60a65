package nl.stapwijs.sync;

import java.util.Optional;

/** How a station talks to its hub; every call but pairing carries the station's device token. */
public interface HubConnection {

    /** Exchanges a one-time pairing code for this device's station and token. */
    Paired pair(String hubUrl, String code, String label);

    SyncAnswer push(String hubUrl, String token, SyncBatch batch);

    /** The station's master data when the hub's version is newer than {@code known}. */
    Optional<Snapshot> snapshot(String hubUrl, String token, long known);

    byte[] media(String hubUrl, String token, String name);

    record Paired(String station, String token) {
    }

    /** The hub could not be reached or refused; the station keeps its events and tries again later. */
    class Unreachable extends RuntimeException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The hub does not have a file the master data names (yet): the station carries on without it. */
    class Missing extends Unreachable {
        public Missing(String message) {
            super(message, null);
        }
    }

    /** The hub no longer accepts this device (revoked or unknown); pairing again is needed. */
    class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }
}
