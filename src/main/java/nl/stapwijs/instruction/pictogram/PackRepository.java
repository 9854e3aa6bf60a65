package nl.stapwijs.instruction.pictogram;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Pack.class)
@RegisterConstructorMapper(PackRepository.PackFile.class)
interface PackRepository {

    record PackFile(long packId, String file, String name) {
    }

    @SqlQuery("""
            SELECT p.id, p.name, p.licence, p.licence_text, p.non_commercial, p.imported_by, p.imported_at,
                   (SELECT count(*) FROM pack_pictogram f WHERE f.pack_id = p.id) AS pictograms
            FROM pictogram_pack p ORDER BY p.name
            """)
    List<Pack> packs();

    @SqlQuery("SELECT pack_id, file, name FROM pack_pictogram ORDER BY name")
    List<PackFile> files();

    @SqlQuery("SELECT count(*) FROM pictogram_pack WHERE name = :name")
    int named(String name);

    @SqlUpdate("""
            INSERT INTO pictogram_pack (name, licence, licence_text, non_commercial, imported_by, imported_at)
            VALUES (:name, :licence, :licenceText, :nonCommercial, :importedBy, :importedAt)
            """)
    @GetGeneratedKeys("id")
    long insertPack(String name, String licence, String licenceText, boolean nonCommercial, String importedBy, long importedAt);

    @SqlUpdate("INSERT INTO pack_pictogram (pack_id, file, name) VALUES (:packId, :file, :name) ON CONFLICT DO NOTHING")
    void insertFile(long packId, String file, String name);
}
