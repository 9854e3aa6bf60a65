package nl.stapwijs.production;

/** Units a worker made on one task in some period. */
public record TaskUnits(long taskId, long units) {
}
