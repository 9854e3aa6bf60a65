package nl.stapwijs.base.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests, from Debian's {@code postgresql} package: a fresh
 * cluster in a temporary folder on a free local port, trust authentication on loopback only.
 * As root (CI), it runs the server as the {@code postgres} user, because PostgreSQL refuses root.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path binaries;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path binaries, Path dir, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** A server for tests: fsync off, because test data need not survive a power cut. */
    public static PostgresServer start() throws IOException, InterruptedException {
        return start(false);
    }

    /** @param durable whether commits are flushed to disk (on for benchmarks, so figures are honest) */
    public static PostgresServer start(boolean durable) throws IOException, InterruptedException {
        Path binaries = findBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "stapwijs-pg-");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(binaries, dir, port, root);
        server.command(List.of(binaries.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                "-U", "stapwijs", "--auth=trust", "-E", "UTF8", "--no-sync"));
        server.command(List.of(binaries.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w",
                "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=" + (durable ? "on" : "off"), "start"));
        return server;
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return "stapwijs";
    }

    /** A fresh, empty database on this server, so tests do not see each other's rows. */
    public String newDatabase(String name) throws IOException, InterruptedException {
        command(List.of(binaries.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "stapwijs", name));
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        command(List.of(binaries.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                "-w", "stop"));
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void command(List<String> command) throws IOException, InterruptedException {
        run(command, asPostgresUser);
    }

    private static void run(List<String> command, boolean asPostgresUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("PostgreSQL command failed: " + String.join(" ", full) + "\n" + output);
        }
    }

    private static Path findBinaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparing(Path::toString)).orElse(null);
                if (newest != null) {
                    return newest;
                }
            }
        }
        throw new IllegalStateException(
                "PostgreSQL is needed for these tests: install Debian's postgresql package (apt-get install postgresql)");
    }
}
