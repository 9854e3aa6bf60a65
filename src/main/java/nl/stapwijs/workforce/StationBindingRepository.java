package nl.stapwijs.workforce;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(DeviceRow.class)
interface StationBindingRepository {

    String DEVICE = """
            SELECT d.id, d.station_id, s.code AS station_code, d.label, d.bound_by, d.bound_at, d.revoked_at
            FROM station_device d JOIN station s ON s.id = d.station_id""";

    @SqlUpdate("INSERT INTO pairing_code (code_hash, station_id, created_by, expires_at) VALUES (:codeHash, :stationId, :createdBy, :expiresAt)")
    void insertCode(String codeHash, long stationId, String createdBy, long expiresAt);

    /** Uses a code once: returns the station only if the code is valid, unused and not expired. */
    @SqlQuery("""
            UPDATE pairing_code SET used_at = :now
            WHERE code_hash = :codeHash AND used_at IS NULL AND expires_at > :now
            RETURNING station_id
            """)
    Optional<Long> useCode(String codeHash, long now);

    @SqlUpdate("INSERT INTO station_device (station_id, token_hash, label, bound_by, bound_at) VALUES (:stationId, :tokenHash, :label, :boundBy, :boundAt)")
    @GetGeneratedKeys("id")
    long insertDevice(long stationId, String tokenHash, String label, String boundBy, long boundAt);

    @SqlQuery(DEVICE + " WHERE d.token_hash = :tokenHash AND d.revoked_at IS NULL")
    Optional<DeviceRow> activeDevice(String tokenHash);

    @SqlQuery(DEVICE + " ORDER BY s.code, d.bound_at DESC")
    List<DeviceRow> devices();

    @SqlUpdate("UPDATE station_device SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    void revoke(long id, long now);
}
