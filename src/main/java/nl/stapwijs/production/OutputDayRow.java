package nl.stapwijs.production;

/** A daily total kept after retention rolled the journal detail up. */
record OutputDayRow(String day, long teamId, long taskId, String kind, long quantity) {
}
