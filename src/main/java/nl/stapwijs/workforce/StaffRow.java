package nl.stapwijs.workforce;

/** The staff_account row as stored; {@link StaffAccount} is what the rest of the code sees. */
public record StaffRow(long id, String username, String displayName, String passwordHash, String role,
        int failedAttempts, Long lockedUntil, boolean active) {

    StaffAccount account() {
        return new StaffAccount(id, username, displayName, passwordHash, Role.valueOf(role), failedAttempts,
                lockedUntil == null ? null : java.time.Instant.ofEpochMilli(lockedUntil), active);
    }
}
