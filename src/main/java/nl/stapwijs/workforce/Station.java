package nl.stapwijs.workforce;

/** A place where work is registered: a kiosk, a tablet, or a plain browser at a site. */
public record Station(long id, String code, String name, long siteId, double pxPerMm) {
}
