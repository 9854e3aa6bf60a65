package nl.stapwijs.workforce;

import java.time.Instant;

/** A person who signs in with a username and password; the hash is never shown anywhere. */
public record StaffAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        int failedAttempts,
        Instant lockedUntil,
        boolean active) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
