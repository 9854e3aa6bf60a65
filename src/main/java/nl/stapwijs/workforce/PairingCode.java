package nl.stapwijs.workforce;

import java.time.Instant;

/** A one-time code that binds the next device that presents it to a station. */
public record PairingCode(String code, String stationCode, Instant expiresAt) {
}
