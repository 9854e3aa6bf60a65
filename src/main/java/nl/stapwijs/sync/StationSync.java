package nl.stapwijs.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.stapwijs.base.DeploymentRole;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.settings.Settings;
import nl.stapwijs.production.Journal;
import nl.stapwijs.production.ProductionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The station's side of sync: pushes its journal in seq order, in batches, until the hub
 * holds all of it, and pulls master data when the hub's version moved. A cut network only
 * delays this (with back-off, by default up to five minutes); events stay in the local journal until the
 * hub confirms them, so days offline lose nothing.
 */
@Component
public class StationSync {

    static final String HUB = "sync.hub-url";
    static final String TOKEN = "sync.token";
    static final String STATION = "sync.station";
    static final String ACKED = "sync.acked-seq";
    static final String VERSION = "sync.master-version";
    /** Media the hub did not have at the last pull, one name per line: asked for again at every pull. */
    static final String MISSING_MEDIA = "sync.media-missing";
    static final String LAST_OK = "sync.last-ok";

    private static final Logger log = LoggerFactory.getLogger(StationSync.class);

    private final HubConnection hub;
    private final Journal journal;
    private final MasterData master;
    private final Settings settings;
    private final StapwijsProperties properties;
    private final Clock clock;
    private final String appVersion;
    private volatile String lastProblem;
    private volatile Instant lastPull = Instant.EPOCH;
    private ScheduledExecutorService loop;

    public StationSync(HubConnection hub, Journal journal, MasterData master, Settings settings,
            StapwijsProperties properties, Clock clock) {
        this.hub = hub;
        this.journal = journal;
        this.master = master;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
        String version = StationSync.class.getPackage().getImplementationVersion();
        this.appVersion = version == null ? "dev" : version;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (properties.role() != DeploymentRole.STATION) {
            return;
        }
        loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "station-sync");
            thread.setDaemon(true);
            return thread;
        });
        loop.schedule(() -> run(properties.sync().interval()), 0, TimeUnit.MILLISECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (loop != null) {
            loop.shutdownNow();
        }
    }

    /** This station's code: from pairing, or from configuration before the first pairing. */
    public String stationCode() {
        return settings.text(STATION, properties.station().code() == null ? "" : properties.station().code());
    }

    public SyncStatus status() {
        String ok = settings.text(LAST_OK, "");
        String code = stationCode();
        long pending = code.isEmpty() ? 0 : journal.lastSeq(code) - settings.number(ACKED, 0);
        return new SyncStatus(!settings.text(TOKEN, "").isEmpty(), hubUrl(), code,
                ok.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(ok)), Math.max(0, pending), lastProblem);
    }

    /**
     * Pairs this device with the hub using a one-time code (or the pairing URL from its QR),
     * then pulls master data at once.
     */
    public String pair(String hubUrl, String codeOrUrl) {
        String url = hubUrl == null || hubUrl.isBlank() ? hubUrl() : hubUrl.strip();
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The hub's address is needed");
        }
        HubConnection.Paired paired = hub.pair(url, codeOf(codeOrUrl), "station " + hostname());
        String configured = properties.station().code();
        if (configured != null && !configured.isBlank() && !configured.equals(paired.station())) {
            throw new IllegalArgumentException("This code is for station " + paired.station()
                    + ", but this device is configured as " + configured);
        }
        settings.put(HUB, url);
        settings.put(TOKEN, paired.token());
        settings.put(STATION, paired.station());
        settings.put(VERSION, "0");
        try {
            syncOnce();
        } catch (RuntimeException firstSync) {
            // Paired is paired: the sync loop fetches the master data as soon as the hub answers.
            lastProblem = firstSync.getClass().getSimpleName();
            log.info("Paired as {}; the first sync will be tried again: {}", paired.station(), firstSync.getMessage());
        }
        return paired.station();
    }

    /**
     * One round: push until the hub holds everything, then pull if master data moved. One
     * round at a time: pairing runs one at once while the loop may start its own, and two
     * rounds fetching the same media file would trip over each other's partial download.
     */
    public synchronized void syncOnce() {
        String token = settings.text(TOKEN, "");
        if (token.isEmpty()) {
            return;
        }
        String station = stationCode();
        SyncAnswer answer;
        do {
            long acked = settings.number(ACKED, 0);
            List<ProductionEvent> batch = journal.ofStationAfter(station, acked, properties.sync().batch());
            long pending = journal.lastSeq(station) - acked - batch.size();
            answer = hub.push(hubUrl(), token, new SyncBatch(clock.millis(), pending, appVersion, batch));
            // The hub's contiguous seq is the truth, even if lower (a restored hub): resend from there.
            settings.put(ACKED, String.valueOf(answer.contiguous()));
            settings.put(LAST_OK, String.valueOf(clock.millis()));
            if (batch.isEmpty() || answer.contiguous() <= acked) {
                break;
            }
        } while (true);
        long known = settings.number(VERSION, 0);
        if (answer.masterVersion() > known || clock.instant().isAfter(lastPull.plus(properties.sync().pull()))) {
            pull(token, known);
        }
        lastProblem = null;
    }

    private void pull(String token, long known) {
        Optional<Snapshot> snapshot = hub.snapshot(hubUrl(), token, known);
        lastPull = clock.instant();
        if (snapshot.isEmpty()) {
            String missing = settings.text(MISSING_MEDIA, "");
            if (!missing.isEmpty()) {
                fetchMedia(token, List.of(missing.split("\n")));
            }
            return;
        }
        fetchMedia(token, snapshot.get().media());
        master.apply(snapshot.get());
        settings.put(VERSION, String.valueOf(snapshot.get().version()));
    }

    /** Media are fetched once and kept: instructions and pictures work offline afterwards. */
    private void fetchMedia(String token, List<String> names) {
        List<String> missing = new java.util.ArrayList<>();
        for (String name : names) {
            Path file = mediaFile(name);
            if (file == null || Files.exists(file)) {
                continue;
            }
            try {
                Files.createDirectories(file.getParent());
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                byte[] content = hub.media(hubUrl(), token, name);
                requireIntact(name, content);
                Files.write(partial, content);
                Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (HubConnection.Missing lacking) {
                // One file the hub lacks must not hold back all master data; every pull asks again.
                log.warn("The hub has no media {}; asked for again at the next pull", name);
                missing.add(name);
            } catch (IOException e) {
                throw new HubConnection.Unreachable("Could not store media " + name, e);
            }
        }
        settings.put(MISSING_MEDIA, String.join("\n", missing));
    }

    /** A file named by its SHA-256 must hash to its name: a cut-off or damaged download is fetched again next time. */
    private static void requireIntact(String name, byte[] content) {
        if (!name.matches("[0-9a-f]{64}\\.[a-z0-9]+")) {
            return;
        }
        try {
            String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
            if (!name.startsWith(hash + ".")) {
                throw new HubConnection.Unreachable("Media " + name + " arrived damaged", null);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private Path mediaFile(String name) {
        if (!name.matches("[A-Za-z0-9._/-]{1,200}") || name.contains("..")) {
            return null;
        }
        return properties.mediaDir().resolve(name).normalize();
    }

    private void run(Duration delay) {
        Duration next = properties.sync().interval();
        try {
            syncOnce();
        } catch (HubConnection.Refused refused) {
            lastProblem = refused.getMessage();
            next = Duration.ofMinutes(1);
        } catch (RuntimeException problem) {
            // Unreachable, a busy database right after a restart, a bad answer: try again later, never give up.
            lastProblem = problem.getClass().getSimpleName();
            Duration longest = properties.sync().maxBackOff();
            next = delay.multipliedBy(2).compareTo(longest) > 0 ? longest : delay.multipliedBy(2);
            log.debug("Sync not done, next try in {}: {}", next, lastProblem);
        }
        if (loop != null && !loop.isShutdown()) {
            Duration wait = next;
            loop.schedule(() -> run(wait), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private String hubUrl() {
        return settings.text(HUB, properties.hub().url() == null ? "" : properties.hub().url());
    }

    private static String codeOf(String codeOrUrl) {
        String text = codeOrUrl == null ? "" : codeOrUrl.strip();
        if (text.startsWith("http://") || text.startsWith("https://")) {
            String query = URI.create(text).getQuery();
            if (query != null) {
                for (String part : query.split("&")) {
                    if (part.startsWith("code=")) {
                        return part.substring(5);
                    }
                }
            }
        }
        return text;
    }

    private static String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "pi";
        }
    }
}
