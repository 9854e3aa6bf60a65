package nl.stapwijs.kiosk;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the operating-system tools the kiosk tests need. A missing tool fails the test with
 * the Debian package to install: a check that silently skips is a check that never runs.
 */
final class HostTools {

    static final Path KIOSK = Path.of("kiosk");

    private HostTools() {
    }

    record Result(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }
    }

    /** Fails unless the command is on the PATH. */
    static void require(String command, String debianPackage) {
        boolean found = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .map(dir -> Path.of(dir, command))
                .anyMatch(Files::isExecutable);
        if (!found) {
            fail(command + " is not installed; install it with: apt-get install -y " + debianPackage);
        }
    }

    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("kiosk-test", ".out");
        Path stderr = Files.createTempFile("kiosk-test", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 2 minutes");
            }
            return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    static Result run(String... command) throws IOException, InterruptedException {
        return run(List.of(command), Map.of());
    }
}
