package nl.stapwijs.production;

import org.springframework.stereotype.Service;

/** What a supervisor does from the floor. */
@Service
public class FloorService {

    private final Journal journal;
    private final LiveFloor floor;

    public FloorService(Journal journal, LiveFloor floor) {
        this.journal = journal;
        this.floor = floor;
    }

    /**
     * A supervisor registers downtime at a station where someone works (a machine broke, the
     * material ran out); the station shows it and the worker's figures leave that time out.
     */
    public void startDowntime(String station, DowntimeReason reason) {
        FloorCard card = floor.card(station);
        if (card.taskId() != null && card.downtimeReason() == null) {
            journal.append(NewEvent.of(station, EventKind.DOWNTIME_STARTED, card.workerId(), card.taskId())
                    .withReason(reason.name()).withOrder(card.orderId()));
        }
    }

    public void endDowntime(String station) {
        FloorCard card = floor.card(station);
        if (card.downtimeReason() != null) {
            journal.append(NewEvent.of(station, EventKind.DOWNTIME_ENDED, card.workerId(), card.taskId())
                    .withReason(card.downtimeReason()).withOrder(card.orderId()));
        }
    }

    /** Marks the station's open help calls as given; the station hears of it through the journal. */
    public void helpGiven(String station) {
        FloorCard card = floor.card(station);
        if (card.needsHelp()) {
            journal.append(NewEvent.of(station, EventKind.HELP_GIVEN, card.workerId(), card.taskId()).withOrder(card.orderId()));
        }
    }
}
