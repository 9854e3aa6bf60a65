package nl.stapwijs.production;

import java.util.List;
import java.util.Optional;
import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Service;

@Service
public class ProductService {

    private final Database database;

    public ProductService(Database database) {
        this.database = database;
    }

    public List<Product> products() {
        return repository().products();
    }

    public Optional<Product> product(long id) {
        return repository().product(id);
    }

    /** The product a scanned code belongs to: its own barcode, or a serialised unit's code (product code plus serial). */
    public Optional<Product> productByBarcode(String code) {
        Optional<Product> exact = repository().productByBarcode(code);
        return exact.isPresent() ? exact : repository().serialisedProductByCode(code);
    }

    /** From now on each unit of this product carries its own code, counted once. */
    public void setSerialised(long productId, boolean serialised) {
        database.writeVoid(h -> h.attach(ProductRepository.class).updateSerialised(productId, serialised));
    }

    public List<ProductBarcode> barcodes() {
        return repository().barcodes();
    }

    public long addProduct(String name, String pictogram, int unitsPerScan, List<ProductBarcode> barcodes) {
        return database.write(h -> {
            ProductRepository products = h.attach(ProductRepository.class);
            long id = products.insertProduct(name, pictogram, unitsPerScan);
            barcodes.forEach(b -> products.insertBarcode(b.code(), id, b.symbology()));
            return id;
        });
    }

    private ProductRepository repository() {
        return database.onReader(ProductRepository.class);
    }
}
