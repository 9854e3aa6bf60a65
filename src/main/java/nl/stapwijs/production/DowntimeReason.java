package nl.stapwijs.production;

/** Why work stands still, as the journal's DOWNTIME events record it: organisational, never the worker's. */
public enum DowntimeReason {
    NO_MATERIAL("openmoji:1F4ED"),
    MACHINE("openmoji:1F6E0"),
    NO_WORK("openmoji:1F937");

    private final String pictogram;

    DowntimeReason(String pictogram) {
        this.pictogram = pictogram;
    }

    /** The picture on the station's button and the floor's card. */
    public String pictogram() {
        return pictogram;
    }

    /** A reason read from the journal; anything older or unknown is null (downtime without a known reason). */
    public static DowntimeReason parse(String reason) {
        for (DowntimeReason known : values()) {
            if (known.name().equals(reason)) {
                return known;
            }
        }
        return null;
    }
}
