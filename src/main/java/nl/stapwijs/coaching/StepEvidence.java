package nl.stapwijs.coaching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * What the journal says about each step of an instruction version for one worker: how often
 * and how long it was shown, how often the worker pressed Back on it, and how many help calls
 * came from it. The evidence a coach needs before letting support fade.
 *
 * @param versionId the instruction version
 * @param step      the step's position
 * @param shown     how often the step came on screen
 * @param onScreen  how long it was on screen in total
 * @param backPresses Back pressed while this step was shown
 * @param helpCalls help calls made from this step
 */
public record StepEvidence(long versionId, int step, int shown, Duration onScreen, int backPresses, int helpCalls) {

    /** The reason on a STEP_SHOWN that a Back press brought back (pressed on the step after it). */
    public static final String BACK = "BACK";
    /** The reason on a STEP_SHOWN that the worker asked for from production ("show steps"). */
    public static final String ON_REQUEST = "ON_REQUEST";

    /** A step stays on screen until the worker's next step, task or break event at that station. */
    private static final Set<EventKind> ENDS_A_STEP = Set.of(EventKind.STEP_SHOWN, EventKind.STEP_DONE,
            EventKind.SESSION_STARTED, EventKind.SESSION_ENDED, EventKind.UNIT, EventKind.REJECT,
            EventKind.BREAK_STARTED);

    public Duration averageOnScreen() {
        return shown == 0 ? Duration.ZERO : onScreen.dividedBy(shown);
    }

    private record Place(long version, int step) implements Comparable<Place> {
        @Override
        public int compareTo(Place other) {
            int byVersion = Long.compare(version, other.version);
            return byVersion != 0 ? byVersion : Integer.compare(step, other.step);
        }
    }

    private static final class Tally {
        int shown;
        long millis;
        int back;
        int help;
    }

    /** @param journal one worker's events in time order */
    public static List<StepEvidence> of(List<ProductionEvent> journal) {
        Map<Place, Tally> tallies = new TreeMap<>();
        ProductionEvent showing = null;
        Long version = null;
        for (ProductionEvent e : journal) {
            if (e.kind() == EventKind.SESSION_STARTED) {
                version = e.instructionVersion();
            }
            if (showing != null && ENDS_A_STEP.contains(e.kind()) && e.station().equals(showing.station())) {
                tally(tallies, showing.instructionVersion(), showing.step()).millis +=
                        Duration.between(showing.occurredAt(), e.occurredAt()).toMillis();
                showing = null;
            }
            if (e.kind() == EventKind.STEP_SHOWN && e.step() != null && e.instructionVersion() != null) {
                showing = e;
                tally(tallies, e.instructionVersion(), e.step()).shown++;
                if (BACK.equals(e.reason())) {
                    tally(tallies, e.instructionVersion(), e.step() + 1).back++;
                }
            } else if (e.kind() == EventKind.HELP_REQUESTED && e.step() != null) {
                Long in = e.instructionVersion() != null ? e.instructionVersion() : version;
                if (in != null) {
                    tally(tallies, in, e.step()).help++;
                }
            }
        }
        List<StepEvidence> evidence = new ArrayList<>();
        tallies.forEach((place, t) -> evidence.add(new StepEvidence(place.version(), place.step(), t.shown,
                Duration.ofMillis(t.millis), t.back, t.help)));
        return evidence;
    }

    private static Tally tally(Map<Place, Tally> tallies, long version, int step) {
        return tallies.computeIfAbsent(new Place(version, step), p -> new Tally());
    }
}
