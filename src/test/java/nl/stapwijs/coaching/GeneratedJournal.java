package nl.stapwijs.coaching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.stapwijs.production.EventKind;
import nl.stapwijs.production.ProductionEvent;

/**
 * A worker's journal written the way a station writes it, session by session, with seeded noise
 * where a test asks for it: units around a rate, rejects around a share, help calls now and then.
 */
final class GeneratedJournal {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String STATION = "VER-1";
    static final int STEPS = 6;

    private final long workerId;
    private final Random random;
    private final List<ProductionEvent> events = new ArrayList<>();

    GeneratedJournal(long workerId, long seed) {
        this.workerId = workerId;
        this.random = new Random(seed);
    }

    /** What one task session holds. */
    record Session(long taskId, Long versionId, SupportLevel level, Duration length, int units, int rejects,
            List<Integer> helpFromSteps, boolean showSteps) {

        Session withHelpFrom(Integer... steps) {
            return new Session(taskId, versionId, level, length, units, rejects, List.of(steps), showSteps);
        }
    }

    /** A morning's session on a task: steps first when asked, then units and rejects spread evenly. */
    static Session session(long taskId, long versionId, int units, int rejects) {
        return new Session(taskId, versionId, SupportLevel.FULL_GUIDANCE, Duration.ofHours(3), units, rejects, List.of(),
                true);
    }

    /** A session with noise: units ±10% around the rate, rejects drawn at the share, a rare stray help call. */
    Session noisy(long taskId, long versionId, double unitsPerHour, double rejectShare, double helpChance) {
        int made = (int) Math.round(unitsPerHour * 3 * (1 + random.nextGaussian() * 0.03));
        int rejects = 0;
        for (int i = 0; i < made; i++) {
            rejects += random.nextDouble() < rejectShare ? 1 : 0;
        }
        List<Integer> help = new ArrayList<>();
        if (random.nextDouble() < helpChance) {
            help.add(1 + random.nextInt(STEPS));
        }
        return new Session(taskId, versionId, SupportLevel.FULL_GUIDANCE, Duration.ofHours(3), made - rejects, rejects,
                help, true);
    }

    GeneratedJournal on(LocalDate day, Session session) {
        Instant t = day.atTime(LocalTime.of(8, 30)).atZone(ZONE).toInstant().plus(Duration.ofHours(4L * count(day)));
        Instant end = t.plus(session.length());
        add(t, EventKind.SESSION_STARTED, session, 0, null, session.level().journalReason());
        t = t.plusSeconds(5);
        if (session.showSteps()) {
            for (int step = 1; step <= STEPS; step++) {
                add(t, EventKind.STEP_SHOWN, session, 0, step, null);
                t = t.plusSeconds(20);
                for (Integer from : session.helpFromSteps()) {
                    if (from == step) {
                        add(t, EventKind.HELP_REQUESTED, session, 0, step, null);
                        t = t.plusSeconds(120);
                        add(t, EventKind.HELP_GIVEN, session, 0, null, null);
                    }
                }
                add(t, EventKind.STEP_DONE, session, 0, step, null);
                t = t.plusSeconds(2);
            }
        }
        int total = session.units() + session.rejects();
        long gap = Duration.between(t, end).toMillis() / (total + 1);
        for (int i = 0; i < total; i++) {
            t = t.plusMillis(gap);
            // Exactly the session's rejects, spread evenly through it, as they happen on the floor.
            boolean reject = (long) (i + 1) * session.rejects() / total > (long) i * session.rejects() / total;
            add(t, reject ? EventKind.REJECT : EventKind.UNIT, session, 1, null, null);
        }
        add(end, EventKind.SESSION_ENDED, session, 0, null, null);
        return this;
    }

    List<ProductionEvent> events() {
        return List.copyOf(events);
    }

    /** A station's SESSION_STARTED event ids in time order, for the evidence checks. */
    List<String> sessionIds() {
        return events.stream().filter(e -> e.kind() == EventKind.SESSION_STARTED).map(e -> e.id().toString()).toList();
    }

    private long count(LocalDate day) {
        return events.stream().filter(e -> e.kind() == EventKind.SESSION_STARTED
                && e.occurredAt().atZone(ZONE).toLocalDate().equals(day)).count();
    }

    private void add(Instant at, EventKind kind, Session session, int quantity, Integer step, String reason) {
        // Far from the station's own counter, and apart per worker, so a test can store it beside the demo's.
        long seq = 1_000_000 * workerId + events.size() + 1;
        Long version = kind == EventKind.HELP_GIVEN || kind == EventKind.SESSION_ENDED ? null : session.versionId();
        events.add(new ProductionEvent(new UUID(workerId, seq), STATION, seq, kind, workerId, session.taskId(),
                version, quantity, null, step, reason, at, "test", seq, at));
    }
}
