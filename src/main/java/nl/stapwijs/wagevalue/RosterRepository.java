package nl.stapwijs.wagevalue;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(RosterRows.Version.class)
@RegisterConstructorMapper(RosterRows.Day.class)
@RegisterConstructorMapper(RosterRows.Break.class)
interface RosterRepository {

    @SqlQuery("SELECT team_id, version, effective_from, zone, set_by, set_at FROM roster_version WHERE team_id = :teamId ORDER BY version")
    List<RosterRows.Version> versions(long teamId);

    @SqlQuery("SELECT team_id, version, weekday, start_time, end_time FROM roster_day WHERE team_id = :teamId")
    List<RosterRows.Day> days(long teamId);

    @SqlQuery("SELECT team_id, version, weekday, start_time, end_time FROM roster_break WHERE team_id = :teamId")
    List<RosterRows.Break> breaks(long teamId);

    @SqlUpdate("INSERT INTO roster_version (team_id, version, effective_from, zone, set_by, set_at) VALUES (:teamId, :version, :effectiveFrom, :zone, :setBy, :setAt)")
    void insert(@BindMethods RosterRows.Version row);

    @SqlUpdate("INSERT INTO roster_day (team_id, version, weekday, start_time, end_time) VALUES (:teamId, :version, :weekday, :startTime, :endTime)")
    void insert(@BindMethods RosterRows.Day row);

    @SqlUpdate("INSERT INTO roster_break (team_id, version, weekday, start_time, end_time) VALUES (:teamId, :version, :weekday, :startTime, :endTime)")
    void insert(@BindMethods RosterRows.Break row);
}
