package nl.stapwijs.production;

import java.time.Instant;

/** Good units and rejects journalled in one clock hour (UTC, starting at {@code hour}). */
public record HourlyOutput(Instant hour, long units, long rejects) {
}
