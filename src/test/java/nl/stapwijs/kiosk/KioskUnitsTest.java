package nl.stapwijs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * systemd-analyze verify on the units as a Pi would load them. It runs against a scratch root
 * (--root) holding this machine's own system units, our units in /etc/systemd/system, and a
 * stand-in for every program they start: verify insists that those exist, and the JDK, cage
 * and Chromium of a Pi are not installed here.
 */
class KioskUnitsTest {

    private static final Path HOST_UNITS = Path.of("/usr/lib/systemd/system");
    private static final List<String> UNITS = List.of("stapwijs.service", "stapwijs-browser.service");

    @Test
    void the_systemd_units_pass_systemd_analyze_verify(@TempDir Path root) throws Exception {
        HostTools.require("systemd-analyze", "systemd");
        copyTree(HOST_UNITS, root.resolve(HOST_UNITS.toString().substring(1)));
        Path etc = Files.createDirectories(root.resolve("etc/systemd/system"));
        for (String unit : UNITS) {
            Path copy = Files.copy(HostTools.KIOSK.resolve("systemd").resolve(unit), etc.resolve(unit));
            for (String program : programsStartedBy(copy)) {
                standIn(root.resolve(program.substring(1)));
            }
        }

        List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no", "--root=" + root));
        command.addAll(UNITS);
        HostTools.Result result = HostTools.run(command, java.util.Map.of());

        // verify exits 0 even after warnings such as an unknown key, so its output must be empty.
        assertThat(result.output()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void the_app_service_is_notify_type_with_a_watchdog_and_always_restarts() throws IOException {
        String unit = Files.readString(HostTools.KIOSK.resolve("systemd/stapwijs.service"));

        assertThat(unit).contains("Type=notify", "WatchdogSec=", "Restart=always", "TimeoutStartSec=300",
                "ExecStart=/opt/stapwijs/jdk/bin/java @/etc/stapwijs/jvm.options -jar /opt/stapwijs/app/stapwijs.jar ");
    }

    private static List<String> programsStartedBy(Path unit) throws IOException {
        return Files.readAllLines(unit).stream()
                .filter(line -> line.matches("Exec[A-Za-z]*=.*"))
                .map(line -> line.substring(line.indexOf('=') + 1).replaceFirst("^[-@:+!]+", "").split(" ")[0])
                .toList();
    }

    private static void standIn(Path program) throws IOException {
        Files.createDirectories(program.getParent());
        Files.writeString(program, "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }
}
