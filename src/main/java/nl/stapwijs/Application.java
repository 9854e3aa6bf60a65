package nl.stapwijs;

import java.util.Arrays;
import nl.stapwijs.base.StartupTrace;
import nl.stapwijs.sync.CopyToPostgresCommand;
import nl.stapwijs.sync.PairingCodeCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Stapwijs: one jar for every role. {@code java -jar stapwijs.jar} starts the application;
 * {@code java -jar stapwijs.jar pairing-code <station> [--stapwijs.data-dir=...]} prints a
 * one-time pairing code for a station (for provisioning many Pis from a shell) and exits;
 * {@code copy-to-postgres} moves a SQLite hub into PostgreSQL (see README). The Vaadin app
 * shell is {@link nl.stapwijs.base.ui.AppShell}.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class Application {

    public static void main(String[] args) {
        if (args.length >= 1 && (args[0].equals("pairing-code") || args[0].equals("copy-to-postgres"))) {
            // before the first logger exists: the answer alone on standard output
            System.setProperty("logback.configurationFile", "logback-command.xml");
            try {
                runCommand(args);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
            return;
        }
        SpringApplication application = new SpringApplication(Application.class);
        StartupTrace.attachIfAsked(application);
        application.run(args);
    }

    /** A shell command; what the admin got wrong (an unknown station, a data folder without a database) comes back as IllegalArgumentException. */
    private static void runCommand(String[] args) {
        if (args[0].equals("pairing-code")) {
            if (args.length < 2 || args[1].startsWith("--")) {
                throw new IllegalArgumentException("Usage: java -jar stapwijs.jar pairing-code <station> [--stapwijs.data-dir=DIR]");
            }
            System.out.println(PairingCodeCommand.run(args[1], Arrays.copyOfRange(args, 2, args.length)).code());
        } else {
            CopyToPostgresCommand.run(Arrays.copyOfRange(args, 1, args.length))
                    .forEach((table, rows) -> System.out.println(table + ": " + rows + " rows"));
        }
    }
}
