package nl.stapwijs.coaching;

/** Steps towards a regular employer, as the municipality counts them. */
public enum PlacementKind {
    DETACHERING, GROUP_DETACHERING, REGULAR_JOB
}
