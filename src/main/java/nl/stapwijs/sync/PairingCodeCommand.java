package nl.stapwijs.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.workforce.PairingCode;
import nl.stapwijs.workforce.StationBinding;
import nl.stapwijs.workforce.WorkforceService;

/**
 * {@code java -jar stapwijs.jar pairing-code <station> [--stapwijs.data-dir=DIR |
 * --stapwijs.database.url=jdbc:postgresql://... --stapwijs.database.username=U --stapwijs.database.password=P]}:
 * prints a one-time pairing code for a station, for installing many Pis from a shell (for
 * example {@code kiosk/install.sh --pairing-code}). Works while the hub runs.
 */
public final class PairingCodeCommand {

    private PairingCodeCommand() {
    }

    public static PairingCode run(String station, String[] options) {
        Map<String, String> settings = new HashMap<>();
        for (String option : options) {
            if (option.startsWith("--") && option.contains("=")) {
                settings.put(option.substring(2, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
            }
        }
        String url = settings.get("stapwijs.database.url");
        try (Database database = url != null && url.startsWith("jdbc:postgresql:")
                ? Database.openPostgres(url, settings.get("stapwijs.database.username"), settings.get("stapwijs.database.password"))
                : Database.open(Path.of(settings.getOrDefault("stapwijs.data-dir", "data")).resolve("stapwijs.db"))) {
            Clock clock = Clock.systemUTC();
            WorkforceService workforce = new WorkforceService(database, new AuditLog(database, clock), clock);
            return new StationBinding(database, workforce, clock).newPairingCode(station, "command line");
        }
    }
}
