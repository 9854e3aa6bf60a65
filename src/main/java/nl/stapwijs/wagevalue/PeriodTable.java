package nl.stapwijs.wagevalue;

import java.time.Instant;
import java.util.List;

/**
 * The period table: each worker the viewer may see with their measurement.
 *
 * @param todayAsOf when today's part comes from the rollups (company-wide tables), the moment
 *        they were made; null when today was measured from the journal as it is now
 */
public record PeriodTable(List<WorkerFigures> rows, Instant todayAsOf) {

    public PeriodTable {
        rows = List.copyOf(rows);
    }
}
