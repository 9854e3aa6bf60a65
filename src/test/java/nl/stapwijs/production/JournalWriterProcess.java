package nl.stapwijs.production;

import java.nio.file.Path;
import java.time.Clock;
import nl.stapwijs.base.db.Database;

/**
 * Run in a child JVM by {@link JournalTest}: appends events forever and prints each sequence
 * number only after {@link Journal#append} returned, i.e. after the commit. The test kills
 * this process with SIGKILL and checks that every printed event is in the file.
 */
public final class JournalWriterProcess {

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        Journal journal = new Journal(database, Clock.systemUTC(), event -> { });
        for (long i = 0; ; i++) {
            ProductionEvent committed = journal.append(
                    NewEvent.of("KILL-1", EventKind.UNIT, 1L, 1L).withQuantity(1).withCode("c" + i));
            System.out.println("committed " + committed.seq() + " " + committed.id());
            System.out.flush();
        }
    }
}
