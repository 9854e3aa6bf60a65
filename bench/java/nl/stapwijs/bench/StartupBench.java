package nl.stapwijs.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.stapwijs.bench.StartupReport.Sample;

/**
 * Time to ready and memory after start: Stapwijs as the all-in-one demo and as a station,
 * next to an empty Vaadin + Spring Boot app (bench/empty-app) on the same JVM and flags, each
 * without and with the JDK's AOT start-up cache, on this machine and constrained to one core
 * and a 512 MB heap as a Pi-class proxy. Goal: at most 1.3 times the empty app's time to
 * ready and 1.5 times its memory.
 *
 * <p>Every app runs as a station runs it (kiosk/): extracted from its jar (the form the AOT
 * cache needs), with the flags of kiosk/config/jvm.options, and its cache made the way
 * kiosk/bin/stapwijs-cache makes it: a training run with -XX:AOTCacheOutput that is stopped
 * with SIGTERM once ready and its first page was opened. The runs go round-robin in a rotating
 * order, so that a busy machine slows every app alike.
 *
 * <p>Run with {@code ./stapwijs bench startup [runs]} (default 5), which builds both jars first.
 * JDK-only code: it also runs as {@code java bench/java/nl/stapwijs/bench/StartupBench.java}.
 */
public final class StartupBench {

    private static final Duration START_LIMIT = Duration.ofMinutes(10);
    /** How long an app sits idle after ready before its memory is read: the state a kiosk waits in. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final String STATION = "VER-1";

    record Variant(String name, List<String> prefix, List<String> jvm) {
    }

    record App(String name, Path jar, Path dir, List<String> args, String page) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Path.of("").toAbsolutePath();
        Path work = Files.createDirectories(root.resolve(Path.of("target", "bench", "startup-" + System.currentTimeMillis())));
        Path stapwijs = extract(root.resolve("target/stapwijs.jar"), work.resolve("stapwijs-app"));
        Path empty = extract(root.resolve("bench/empty-app/target/empty-app.jar"), work.resolve("empty-app"));

        List<String> options = jvmOptions(root.resolve("kiosk/config/jvm.options"), Files.createDirectories(work.resolve("tmp")));
        List<String> piOptions = new ArrayList<>(options.stream().filter(o -> !o.startsWith("-XX:MaxRAMPercentage")).toList());
        piOptions.add("-Xmx512m");
        List<Variant> variants = List.of(new Variant("this machine", List.of(), options),
                new Variant("1 core, -Xmx512m", List.of("taskset", "-c", "0"), piOptions));

        System.out.printf(Locale.ROOT, "Start-up benchmark, %d runs, %s, %d CPUs, in %s%n", runs,
                Runtime.version(), Runtime.getRuntime().availableProcessors(), work);
        App emptyApp = new App("empty Vaadin + Spring Boot", empty, work.resolve("empty-data"), List.of(), "/");
        App demo = new App("Stapwijs all-in-one demo", stapwijs, work.resolve("demo"),
                List.of("--stapwijs.demo.enabled=true", "--stapwijs.data-dir=" + work.resolve("demo")), "/station/" + STATION);
        try (JavaApp hub = startHub(stapwijs, work, options)) {
            App station = new App("Stapwijs station", stapwijs, work.resolve("station"), List.of("--stapwijs.role=station",
                    "--stapwijs.station.code=" + STATION, "--stapwijs.hub.url=" + hub.url(""),
                    "--stapwijs.data-dir=" + work.resolve("station")), "/station/" + STATION);
            List<App> apps = List.of(emptyApp, demo, station);

            System.out.println("Preparing: the demo workshop is seeded, the station is paired with a hub (which stays up, off CPU 0)");
            once(variants.get(0), demo, null, work);
            pair(station, hub, stapwijs, work, variants.get(0));

            System.out.println("Training runs for the AOT caches (as kiosk/bin/stapwijs-cache does)");
            Path caches = Files.createDirectories(work.resolve("cache"));
            for (Variant variant : variants) {
                for (App app : apps) {
                    train(variant, app, cacheFile(caches, variant, app), work);
                }
            }

            List<Sample> samples = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                List<Runnable> order = new ArrayList<>();
                for (Variant variant : variants) {
                    for (boolean cached : List.of(false, true)) {
                        for (App app : apps) {
                            order.add(() -> samples.add(measure(variant, app, cached ? cacheFile(caches, variant, app) : null, work)));
                        }
                    }
                }
                Collections.rotate(order, run);
                System.out.printf(Locale.ROOT, "run %d of %d (load average %s)%n", run, runs, loadAverage());
                order.forEach(Runnable::run);
                samples.add(firstDemoStart(variants.get(0), stapwijs, work, run));
                // A long run on a busy machine may be cut short: the figures so far are kept.
                Files.writeString(work.resolve("results.md"),
                        StartupReport.markdown(samples, variants.stream().map(Variant::name).toList(), emptyApp.name(), run));
            }
            String report = StartupReport.markdown(samples, variants.stream().map(Variant::name).toList(), emptyApp.name(), runs);
            Files.writeString(work.resolve("results.md"), report);
            System.out.println();
            System.out.print(report);
        }
    }

    private static Sample measure(Variant variant, App app, Path cache, Path work) {
        try {
            List<String> command = command(variant, app, cache == null ? List.of() : List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache));
            try (JavaApp java = JavaApp.start(command, app.dir(), work.resolve(logName(variant, app, cache != null)))) {
                JavaApp.Ready ready = java.awaitReady(START_LIMIT);
                Thread.sleep(SETTLE.toMillis());
                Sample sample = new Sample(variant.name(), app.name(), cache != null, ready.wallMillis(), ready.cpuMillis(), java.rssKb());
                System.out.printf(Locale.ROOT, "  %s, %s%s: ready in %.1f s (CPU %.1f s), RSS %d MB%n", app.name(), variant.name(),
                        cache != null ? ", AOT cache" : "", sample.wallMillis() / 1000.0, sample.cpuMillis() / 1000.0, sample.rssKb() >> 10);
                return sample;
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(app.name() + " (" + variant.name() + (cache != null ? ", AOT cache" : "") + "): " + e.getMessage()
                    + "; see " + work.resolve(logName(variant, app, cache != null)), e);
        }
    }

    /** The demo's very first start: an empty data folder, so the whole demo workshop is seeded. */
    private static Sample firstDemoStart(Variant variant, Path jar, Path work, int run) throws IOException {
        Path dir = work.resolve("demo-first-" + run);
        App first = new App("Stapwijs all-in-one demo, first start (seeds the workshop)", jar, dir,
                List.of("--stapwijs.demo.enabled=true", "--stapwijs.data-dir=" + dir), "/");
        Sample sample = measure(variant, first, null, work);
        delete(dir);
        return sample;
    }

    private static void train(Variant variant, App app, Path cache, Path work) throws IOException, InterruptedException {
        List<String> command = command(variant, app, List.of("-XX:AOTCacheOutput=" + cache));
        try (JavaApp java = JavaApp.start(command, app.dir(), work.resolve("training.log"))) {
            java.awaitReady(START_LIMIT);
            java.open(app.page());
        }
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            throw new IOException("the training run of " + app.name() + " wrote no AOT cache; see " + work.resolve("training.log"));
        }
        System.out.printf(Locale.ROOT, "  %s, %s: %,d MB%n", app.name(), variant.name(), Files.size(cache) >> 20);
    }

    private static void once(Variant variant, App app, Path cache, Path work) {
        Sample sample = measure(variant, app, cache, work);
        System.out.printf(Locale.ROOT, "  %s: ready in %.1f s%n", app.name(), sample.wallMillis() / 1000.0);
    }

    private static JavaApp startHub(Path jar, Path work, List<String> options) throws IOException, InterruptedException {
        int cpus = Runtime.getRuntime().availableProcessors();
        List<String> command = new ArrayList<>(cpus > 1 ? List.of("taskset", "-c", "1-" + (cpus - 1)) : List.of());
        command.add(java());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString(), "--stapwijs.role=hub", "--stapwijs.demo.enabled=true",
                "--stapwijs.data-dir=" + work.resolve("hub")));
        JavaApp hub = JavaApp.start(command, work.resolve("hub"), work.resolve("hub.log"));
        hub.awaitReady(START_LIMIT);
        return hub;
    }

    /** Pairs the station with the hub once, which also pulls the master data of its site. */
    private static void pair(App station, JavaApp hub, Path jar, Path work, Variant variant) throws Exception {
        Process command = new ProcessBuilder(java(), "-jar", jar.toString(), "pairing-code", STATION,
                "--stapwijs.data-dir=" + work.resolve("hub")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String[] lines = new String(command.getInputStream().readAllBytes()).strip().split("\\R");
        command.waitFor(2, TimeUnit.MINUTES);
        String code = lines[lines.length - 1].strip();
        try (JavaApp java = JavaApp.start(command(variant, station, List.of()), station.dir(), work.resolve("station-setup.log"))) {
            java.awaitReady(START_LIMIT);
            HttpResponse<String> paired = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.url("/api/setup/pair"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (paired.statusCode() != 200) {
                throw new IOException("pairing the station failed: " + paired.statusCode() + " " + paired.body() + " (hub " + hub.url("") + ")");
            }
        }
        System.out.println("  Stapwijs station " + STATION + ": paired, master data pulled");
    }

    private static List<String> command(Variant variant, App app, List<String> cacheOptions) {
        List<String> command = new ArrayList<>(variant.prefix());
        command.add(java());
        command.addAll(variant.jvm());
        command.addAll(cacheOptions);
        command.addAll(List.of("-jar", app.jar().toString()));
        command.addAll(app.args());
        return command;
    }

    /** kiosk/config/jvm.options as java reads it, with the temp folder moved into the bench's own. */
    static List<String> jvmOptions(Path file, Path tmp) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.startsWith("-Djava.io.tmpdir=") ? "-Djava.io.tmpdir=" + tmp : l).toList();
    }

    /** The app as kiosk/install.sh installs it: unpacked with Spring Boot's jar tools, which the AOT cache needs. */
    private static Path extract(Path jar, Path into) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no " + jar + "; bench/run startup builds it");
        }
        Process extract = new ProcessBuilder(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                into.toString()).inheritIO().start();
        if (extract.waitFor() != 0) {
            throw new IOException("extracting " + jar + " failed");
        }
        return into.resolve(jar.getFileName());
    }

    private static Path cacheFile(Path caches, Variant variant, App app) {
        return caches.resolve(slug(app.name()) + "-" + slug(variant.name()) + ".aot");
    }

    private static String logName(Variant variant, App app, boolean cached) {
        return slug(app.name()) + "-" + slug(variant.name()) + (cached ? "-aot" : "") + ".log";
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private StartupBench() {
    }
}
