package nl.stapwijs.sync;

/**
 * The hub's answer to a push.
 *
 * @param contiguous    the highest seq of this station the hub holds with all earlier ones
 * @param masterVersion the hub's master-data version, so the station knows when to pull
 */
public record SyncAnswer(long contiguous, long masterVersion) {
}
