package nl.stapwijs.workforce;

/**
 * What a staff member may do; deny by default. Workers have no role: at a station they see
 * their own flow and their own day only.
 */
public enum Role {
    /** Sites, stations, staff accounts, settings, retention, exports of everything, the audit log. */
    ADMIN,
    /** The live floor, orders, instructions and norms, and the figures of their own teams. */
    SUPERVISOR,
    /** The development logs and evidence of their own caseload. */
    COACH,
    /** Read-only evidence packs for the workers and periods an admin granted, until they expire. */
    ASSESSOR,
    /** Aggregate figures only (site, team, scheme), never a person. */
    MUNICIPALITY;

    /** The names used in {@code @RolesAllowed}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String COACH_NAME = "COACH";
    public static final String ASSESSOR_NAME = "ASSESSOR";
    public static final String MUNICIPALITY_NAME = "MUNICIPALITY";
}
