package nl.stapwijs.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One JVM of the start-up benchmark: started with a command line, timed until its readiness
 * URL answers 200 (polled every 50 ms, as closely as the kiosk browser's curl but finer), then
 * looked at in /proc and stopped with SIGTERM, as systemd stops a station.
 */
final class JavaApp implements AutoCloseable {

    static final String READY = "/health/ready";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final long startedNanos;

    private JavaApp(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code command} (its last arguments are the app's) with --server.port added. */
    static JavaApp start(List<String> command, Path workingDir, Path log) throws IOException {
        int port = freePort();
        List<String> full = new ArrayList<>(command);
        full.add("--server.port=" + port);
        Files.createDirectories(workingDir);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        long started = System.nanoTime();
        return new JavaApp(builder.start(), port, started);
    }

    /** What the app had cost when it first answered ready. */
    record Ready(long wallMillis, long cpuMillis) {
    }

    Ready awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = startedNanos + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(url(READY)).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    long wall = (System.nanoTime() - startedNanos) / 1_000_000;
                    long cpu = process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    return new Ready(wall, cpu);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IOException("the app exited with " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the app was not ready within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** GET a page, as the kiosk browser's first request would; the answer is not looked at. */
    void open(String path) throws IOException, InterruptedException {
        HTTP.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Resident set size in kB (VmRSS: anonymous memory plus mapped files such as the AOT cache). */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for " + process.pid());
    }

    int port() {
        return port;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGTERM and wait: a JVM recording an AOT cache writes it now. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
