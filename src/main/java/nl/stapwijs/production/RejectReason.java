package nl.stapwijs.production;

/** Why a made piece is set aside, as a REJECT event's reason: what is wrong with the piece, never who. */
public enum RejectReason {
    DAMAGED("openmoji:1F4A5"),
    DIRTY("openmoji:1F9FD"),
    INCOMPLETE("openmoji:1F9E9"),
    OTHER("openmoji:2753");

    private final String pictogram;

    RejectReason(String pictogram) {
        this.pictogram = pictogram;
    }

    /** The picture on the station's button. */
    public String pictogram() {
        return pictogram;
    }
}
