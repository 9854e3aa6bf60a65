package nl.stapwijs.workforce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Service;

/**
 * Which browsers and devices may act as which station. An admin makes a one-time pairing
 * code; the device that presents it gets a long random token (kept by the device as an
 * HttpOnly cookie or credential) and only the token's hash is stored, so a copy of the
 * database cannot impersonate a station.
 */
@Service
public class StationBinding {

    public static final Duration CODE_VALIDITY = Duration.ofMinutes(15);
    /** Unambiguous characters only: no 0/O, 1/I/L, so a code can be typed from a screen. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final Database database;
    private final WorkforceService workforce;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /**
     * Token hash → station for tokens seen in use: every scan of every station carries its token,
     * and asking the database each time costs a station's scan a query. Only known, unrevoked
     * tokens are kept (unknown ones are always asked again), and a revocation clears it all.
     */
    private final Map<String, String> activeTokens = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();

    public StationBinding(Database database, WorkforceService workforce, Clock clock) {
        this.database = database;
        this.workforce = workforce;
        this.clock = clock;
    }

    public PairingCode newPairingCode(String stationCode, String admin) {
        Station station = workforce.station(stationCode)
                .orElseThrow(() -> new IllegalArgumentException("No station " + stationCode));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        long expires = clock.instant().plus(CODE_VALIDITY).toEpochMilli();
        database.writeVoid(tx -> tx.attach(StationBindingRepository.class)
                .insertCode(hash(code.toString()), station.id(), admin, expires));
        return new PairingCode(code.toString(), station.code(), java.time.Instant.ofEpochMilli(expires));
    }

    /** Binds a device with a pairing code; empty if the code is unknown, used or expired. */
    public Optional<Bound> pair(String code, String label) {
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
        if (normalized.isEmpty() || normalized.length() > 32) {
            return Optional.empty();
        }
        String token = newToken();
        return database.write(tx -> {
            StationBindingRepository repository = tx.attach(StationBindingRepository.class);
            Optional<Long> station = repository.useCode(hash(normalized), clock.millis());
            station.ifPresent(id -> repository.insertDevice(id, hash(token), label(label), "pairing code", clock.millis()));
            return station;
        }).flatMap(stationId -> workforce.stations().stream().filter(s -> s.id() == stationId).findFirst())
                .map(station -> new Bound(station.code(), token));
    }

    /** The station a device token belongs to, if the token is known and not revoked. */
    public Optional<String> stationOf(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(token);
        String known = activeTokens.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        long generation = revocations.get();
        Optional<String> station = database.onReader(StationBindingRepository.class).activeDevice(hash)
                .map(DeviceRow::stationCode);
        station.ifPresent(code -> {
            synchronized (activeTokens) {
                // A revocation that committed while this read ran may have made the answer stale.
                if (revocations.get() == generation) {
                    activeTokens.put(hash, code);
                }
            }
        });
        return station;
    }

    public List<BoundDevice> devices() {
        return database.onReader(StationBindingRepository.class).devices().stream().map(DeviceRow::device).toList();
    }

    public void revoke(long deviceId) {
        database.writeVoid(tx -> tx.attach(StationBindingRepository.class).revoke(deviceId, clock.millis()));
        synchronized (activeTokens) {
            revocations.incrementAndGet();
            activeTokens.clear();
        }
    }

    /** A device that was just bound: its station and the token it must keep secret. */
    public record Bound(String stationCode, String token) {
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String label(String label) {
        String cleaned = label == null ? "" : label.replaceAll("\\p{Cntrl}", "").strip();
        return cleaned.isEmpty() ? "device" : cleaned.substring(0, Math.min(80, cleaned.length()));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
