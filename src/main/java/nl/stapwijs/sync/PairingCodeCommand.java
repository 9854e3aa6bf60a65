package nl.stapwijs.sync;

import java.time.Clock;
import nl.stapwijs.base.CommandSettings;
import nl.stapwijs.base.audit.AuditLog;
import nl.stapwijs.base.db.Database;
import nl.stapwijs.workforce.PairingCode;
import nl.stapwijs.workforce.StationBinding;
import nl.stapwijs.workforce.WorkforceService;

/**
 * {@code java -jar stapwijs.jar pairing-code <station> [--stapwijs.data-dir=DIR |
 * --stapwijs.database.url=jdbc:postgresql://... --stapwijs.database.username=U --stapwijs.database.password=P]}:
 * prints a one-time pairing code for a station, for installing many Pis from a shell (for
 * example {@code kiosk/install.sh --pairing-code}). Works while the hub runs. Without options
 * it uses the hub's own settings ({@link CommandSettings}).
 */
public final class PairingCodeCommand {

    private PairingCodeCommand() {
    }

    public static PairingCode run(String station, String[] options) {
        try (Database database = CommandSettings.of(options).openExistingDatabase()) {
            Clock clock = Clock.systemUTC();
            WorkforceService workforce = new WorkforceService(database, new AuditLog(database, clock), clock);
            return new StationBinding(database, workforce, clock).newPairingCode(station, "command line");
        }
    }
}
