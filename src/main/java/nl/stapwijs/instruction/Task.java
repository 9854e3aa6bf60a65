package nl.stapwijs.instruction;

/** A kind of work ("Dozen vouwen"); productId is what a scan at this task should be, if anything. */
public record Task(long id, String code, long siteId, Long productId, String pictogram) {
}
