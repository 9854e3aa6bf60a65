package nl.stapwijs.production;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nl.stapwijs.base.Listeners;
import nl.stapwijs.base.StapwijsProperties;
import nl.stapwijs.base.Subscription;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The live floor: today's state per station, projected from the journal. It is rebuilt from
 * the journal at start-up and then follows every committed event, so a floor page never
 * queries the database on a scan.
 */
@Component
public class LiveFloor {

    private static final Duration HOUR = Duration.ofHours(1);

    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, StationLive> stations = new ConcurrentHashMap<>();
    private final Listeners<FloorCard> listeners = new Listeners<>();

    public LiveFloor(Journal journal, Clock clock, StapwijsProperties properties) {
        this.clock = clock;
        this.zone = properties.zone();
        Instant startOfDay = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        journal.since(startOfDay).forEach(this::apply);
    }

    @EventListener
    public void on(EventRecorded recorded) {
        FloorCard card = apply(recorded.event());
        listeners.fire(card);
    }

    public List<FloorCard> cards() {
        List<FloorCard> cards = new ArrayList<>();
        stations.values().forEach(s -> cards.add(s.card()));
        cards.sort(Comparator.comparing(FloorCard::station));
        return cards;
    }

    public FloorCard card(String station) {
        StationLive live = stations.get(station);
        return live == null ? FloorCard.empty(station) : live.card();
    }

    /** Called on the thread that committed the event; listeners must hand over quickly (ui.access). */
    public Subscription subscribe(Consumer<FloorCard> listener) {
        return listeners.add(listener);
    }

    private FloorCard apply(ProductionEvent event) {
        StationLive live = stations.computeIfAbsent(event.station(), StationLive::new);
        return live.apply(event);
    }

    private final class StationLive {
        private final String station;
        private LocalDate day;
        private Long workerId;
        private Long taskId;
        private Long orderId;
        private Instant taskSince;
        private long unitsToday;
        private final Deque<Instant> unitTimes = new ArrayDeque<>();
        private final Deque<Integer> unitQuantities = new ArrayDeque<>();
        private final List<Instant> openHelp = new ArrayList<>();
        private boolean onBreak;
        private String downtimeReason;
        private Instant lastEventAt;

        StationLive(String station) {
            this.station = station;
        }

        synchronized FloorCard apply(ProductionEvent e) {
            LocalDate eventDay = e.occurredAt().atZone(zone).toLocalDate();
            if (!eventDay.equals(day)) {
                day = eventDay;
                unitsToday = 0;
                unitTimes.clear();
                unitQuantities.clear();
            }
            lastEventAt = e.occurredAt();
            switch (e.kind()) {
                case SESSION_STARTED -> {
                    workerId = e.workerId();
                    taskId = e.taskId();
                    orderId = e.orderId();
                    taskSince = e.taskId() == null ? null : e.occurredAt();
                    onBreak = false;
                    // A fresh sign-in ends everything open; a task switch carries downtime over.
                    downtimeReason = e.taskId() == null ? null : downtimeReason;
                }
                case SESSION_ENDED -> {
                    workerId = null;
                    taskId = null;
                    orderId = null;
                    taskSince = null;
                    onBreak = false;
                    downtimeReason = null;
                }
                case UNIT -> {
                    onBreak = false;
                    downtimeReason = null;
                    unitsToday += e.quantity();
                    unitTimes.addLast(e.occurredAt());
                    unitQuantities.addLast(e.quantity());
                }
                case HELP_REQUESTED -> openHelp.add(e.occurredAt());
                case HELP_GIVEN -> openHelp.clear();
                case BREAK_STARTED -> onBreak = true;
                case BREAK_ENDED -> onBreak = false;
                case DOWNTIME_STARTED -> downtimeReason = e.reason() == null ? "OTHER" : e.reason();
                case DOWNTIME_ENDED -> downtimeReason = null;
                default -> { }
            }
            return card();
        }

        synchronized FloorCard card() {
            Instant now = clock.instant();
            boolean today = day != null && day.equals(LocalDate.ofInstant(now, zone));
            while (!unitTimes.isEmpty() && unitTimes.peekFirst().isBefore(now.minus(HOUR))) {
                unitTimes.removeFirst();
                unitQuantities.removeFirst();
            }
            long lastHour = unitQuantities.stream().mapToLong(Integer::longValue).sum();
            return new FloorCard(station, workerId, taskId, today ? unitsToday : 0, lastHour,
                    List.copyOf(openHelp), onBreak, downtimeReason, lastEventAt, orderId, taskSince);
        }
    }
}
