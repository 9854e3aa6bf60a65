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

    /** Marks the station's open help calls as given; the station hears of it through the journal. */
    public void helpGiven(String station) {
        FloorCard card = floor.card(station);
        if (card.needsHelp()) {
            journal.append(NewEvent.of(station, EventKind.HELP_GIVEN, card.workerId(), card.taskId()));
        }
    }
}
