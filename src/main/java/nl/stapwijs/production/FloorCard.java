package nl.stapwijs.production;

import java.time.Instant;
import java.util.List;

/**
 * What the live floor shows for one station, projected from today's journal.
 *
 * @param workerId     who is signed in, or null
 * @param taskId       what they work on, or null while choosing
 * @param orderId      the customer order of that task session, or null
 * @param openHelp     help calls not yet marked as given, oldest first
 * @param downtimeReason why work stands still (a {@link DowntimeReason} name), or null
 * @param taskSince    when the current task session started, or null
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
        Instant lastEventAt,
        Long orderId,
        Instant taskSince) {

    public static FloorCard empty(String station) {
        return new FloorCard(station, null, null, 0, 0, List.of(), false, null, null, null, null);
    }

    public boolean needsHelp() {
        return !openHelp.isEmpty();
    }
}
