package nl.stapwijs.base;

/** What one Stapwijs process is; the same jar runs in every role ({@code stapwijs.role}). */
public enum DeploymentRole {
    /** Hub and stations in one process: the demo, and a complete small deployment. */
    ALL_IN_ONE,
    /** A Raspberry Pi kiosk: its own worker flow on localhost, its hardware, a local journal that syncs. */
    STATION,
    /** The central server: staff pages, stations' journals, master data. */
    HUB;

    public boolean servesStaff() {
        return this != STATION;
    }
}
