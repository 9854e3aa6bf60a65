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

    public Optional<Product> productByBarcode(String code) {
        return repository().productByBarcode(code);
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
