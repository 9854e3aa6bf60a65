package nl.stapwijs.coaching;

/** The development areas a log entry or goal is about (COACHING.md), each with a pictogram for easy-read. */
public enum Tag {
    SAMENWERKEN("openmoji:1F91D"),
    ZELFSTANDIGHEID("openmoji:1F4AA"),
    TEMPO("openmoji:23F1"),
    KWALITEIT("openmoji:2B50"),
    WERKHOUDING("openmoji:1F44D"),
    WELZIJN("openmoji:1F60A");

    private final String pictogram;

    Tag(String pictogram) {
        this.pictogram = pictogram;
    }

    public String pictogram() {
        return pictogram;
    }
}
