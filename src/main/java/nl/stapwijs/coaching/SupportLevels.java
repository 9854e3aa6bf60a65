package nl.stapwijs.coaching;

import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Component;

/**
 * The support level a station follows at each task start. Read from the station's own copy of
 * the table, so a Pi follows the level offline too; no scope check: a station shows a worker
 * nothing of it but the screens it leads to.
 */
@Component
public class SupportLevels {

    private final Database database;

    public SupportLevels(Database database) {
        this.database = database;
    }

    public SupportLevel of(long workerId, long taskId) {
        return database.onReader(LevelRepository.class).support(workerId, taskId).map(SupportLevel::of)
                .orElse(SupportLevel.DEFAULT);
    }
}
