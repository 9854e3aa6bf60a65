package nl.stapwijs.production;

import java.time.LocalDate;

/**
 * Good units and rejects of one team (the workers' team) on one task, in one hour of a day in
 * the company's zone; {@code hour} is -1 for a whole day known only from the daily totals kept
 * after retention.
 */
public record Produced(LocalDate day, int hour, long teamId, long taskId, long units, long rejects) {
}
