package nl.stapwijs.it;

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
import org.awaitility.Awaitility;

/** The real jar in its own JVM, as a hub or a station, on a free local port. */
public final class StapwijsProcess implements AutoCloseable {

    public static final Path JAR = Path.of("target", "stapwijs.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private StapwijsProcess(List<String> command, Path log, int port) {
        this.command = command;
        this.log = log;
        this.port = port;
    }

    public static StapwijsProcess start(Path dir, String... settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "--enable-native-access=ALL-UNNAMED",
                // as stations run it (kiosk/config/jvm.options): the bean definitions Spring AOT wrote at build time
                "-Dspring.aot.enabled=true", "-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port,
                "--stapwijs.data-dir=" + dir.toAbsolutePath()));
        command.addAll(List.of(settings));
        StapwijsProcess process = new StapwijsProcess(command, dir.resolve("process.log"), port);
        process.launch();
        return process;
    }

    /** Starts the same process again on the same port and data, e.g. after {@link #kill()}. */
    public void restart() throws IOException {
        launch();
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }


    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a pulled power plug for the process. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The last lines of this process's log, for a failing test to show what the app said. */
    public String logTail(int lines) {
        try {
            List<String> all = java.nio.file.Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Runs {@code pairing-code} as an admin's script would: standard output must be the code alone. */
    public static String pairingCode(Path hubDir, String station) throws IOException, InterruptedException {
        Path errors = hubDir.resolveSibling("pairing-code.log");
        Process command = new ProcessBuilder(java(), "--enable-native-access=ALL-UNNAMED", "-jar",
                JAR.toAbsolutePath().toString(), "pairing-code", station, "--stapwijs.data-dir=" + hubDir.toAbsolutePath())
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile())).start();
        String out = new String(command.getInputStream().readAllBytes());
        if (!command.waitFor(60, TimeUnit.SECONDS) || command.exitValue() != 0 || !out.matches("[A-Z0-9]{8}\\R")) {
            throw new IllegalStateException("pairing-code printed '" + out + "' (errors: " + errors + ")");
        }
        return out.strip();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private void launch() throws IOException {
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Awaitility.await("Stapwijs on port " + port + " ready (see " + log + ")").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> get("/health/ready").statusCode() == 200);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
