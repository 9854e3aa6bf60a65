package nl.stapwijs.production;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Product.class)
@RegisterConstructorMapper(ProductBarcode.class)
interface ProductRepository {

    @SqlQuery("SELECT id, name, pictogram, units_per_scan, serialised, unit FROM product ORDER BY name")
    List<Product> products();

    @SqlQuery("SELECT id, name, pictogram, units_per_scan, serialised, unit FROM product WHERE id = :id")
    Optional<Product> product(long id);

    @SqlQuery("""
            SELECT p.id, p.name, p.pictogram, p.units_per_scan, p.serialised, p.unit
            FROM product p JOIN product_barcode b ON b.product_id = p.id
            WHERE b.code = :code AND p.serialised = FALSE
            """)
    Optional<Product> productByBarcode(String code);

    /** A serialised product's registered code is the start of each unit's code; the longest match wins. */
    @SqlQuery("""
            SELECT p.id, p.name, p.pictogram, p.units_per_scan, p.serialised, p.unit
            FROM product p JOIN product_barcode b ON b.product_id = p.id
            WHERE p.serialised = TRUE AND length(:code) > length(b.code) AND substr(:code, 1, length(b.code)) = b.code
            ORDER BY length(b.code) DESC LIMIT 1
            """)
    Optional<Product> serialisedProductByCode(String code);

    @SqlUpdate("UPDATE product SET serialised = :serialised WHERE id = :id")
    void updateSerialised(long id, boolean serialised);

    @SqlQuery("SELECT code, product_id, symbology FROM product_barcode ORDER BY product_id, code")
    List<ProductBarcode> barcodes();

    @SqlUpdate("INSERT INTO product (name, pictogram, units_per_scan, unit) VALUES (:name, :pictogram, :unitsPerScan, :unit)")
    @GetGeneratedKeys("id")
    long insertProduct(String name, String pictogram, int unitsPerScan, String unit);

    @SqlUpdate("""
            UPDATE product SET name = :name, pictogram = :pictogram, units_per_scan = :unitsPerScan, unit = :unit,
            serialised = :serialised WHERE id = :id
            """)
    int updateProduct(long id, String name, String pictogram, int unitsPerScan, String unit, boolean serialised);

    @SqlQuery("SELECT code, product_id, symbology FROM product_barcode WHERE product_id = :productId ORDER BY code")
    List<ProductBarcode> barcodesOf(long productId);

    @SqlQuery("SELECT code, product_id, symbology FROM product_barcode WHERE code = :code")
    Optional<ProductBarcode> barcode(String code);

    @SqlUpdate("DELETE FROM product_barcode WHERE product_id = :productId")
    void deleteBarcodesOf(long productId);

    @SqlUpdate("INSERT INTO product_barcode (code, product_id, symbology) VALUES (:code, :productId, :symbology)")
    void insertBarcode(String code, long productId, String symbology);
}
