package nl.stapwijs.production;

/** Published after an event is committed to the journal, never before. */
public record EventRecorded(ProductionEvent event) {
}
