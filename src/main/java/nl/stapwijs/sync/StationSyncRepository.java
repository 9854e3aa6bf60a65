package nl.stapwijs.sync;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(StationSyncRow.class)
interface StationSyncRepository {

    @SqlQuery("SELECT station, contiguous_seq, last_contact, clock_offset_ms, app_version, backlog FROM station_sync WHERE station = :station")
    Optional<StationSyncRow> of(String station);

    @SqlQuery("SELECT station, contiguous_seq, last_contact, clock_offset_ms, app_version, backlog FROM station_sync ORDER BY station")
    List<StationSyncRow> all();

    @SqlUpdate("""
            INSERT INTO station_sync (station, contiguous_seq, last_contact, clock_offset_ms, app_version, backlog)
            VALUES (:station, :contiguous, :now, :offset, :version, :backlog)
            ON CONFLICT (station) DO UPDATE SET contiguous_seq = excluded.contiguous_seq,
                last_contact = excluded.last_contact, clock_offset_ms = excluded.clock_offset_ms,
                app_version = excluded.app_version, backlog = excluded.backlog
            """)
    void contact(String station, long contiguous, long now, long offset, String version, long backlog);

    @SqlQuery("SELECT value FROM setting WHERE key = 'master.version'")
    long masterVersion();
}
