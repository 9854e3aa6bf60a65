package nl.stapwijs.production;

import java.time.Instant;
import java.util.List;

/**
 * What the live floor shows for one station, projected from today's journal.
 *
 * @param workerId     who is signed in, or null
 * @param taskId       what they work on, or null while choosing
 * @param openHelp     help calls not yet marked as given, oldest first
 * @param lastEventAt  when anything last happened here
 */
public record FloorCard(
        String station,
        Long workerId,
        Long taskId,
        long unitsToday,
        long unitsLastHour,
        List<Instant> openHelp,
        boolean onBreak,
        String downtimeReason,
        Instant lastEventAt) {

    public static FloorCard empty(String station) {
        return new FloorCard(station, null, null, 0, 0, List.of(), false, null, null);
    }

    public boolean needsHelp() {
        return !openHelp.isEmpty();
    }
}
