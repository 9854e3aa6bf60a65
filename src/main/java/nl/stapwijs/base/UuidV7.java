package nl.stapwijs.base;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): made at the station, unique across stations
 * without coordination, and sortable by creation time, which keeps the journal's primary
 * key index append-mostly.
 */
public final class UuidV7 {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UuidV7(Clock clock) {
        this.clock = clock;
    }

    public UUID next() {
        return at(clock.millis(), random);
    }

    /** A version 7 UUID for a given moment, with the random bits taken from {@code random}. */
    public static UUID at(long epochMillis, java.util.Random random) {
        long randA = random.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
