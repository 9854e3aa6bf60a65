package nl.stapwijs.production;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.stapwijs.barcode.Ean13;
import nl.stapwijs.barcode.ScanReading;
import nl.stapwijs.barcode.Symbology;
import nl.stapwijs.base.db.Database;
import org.springframework.stereotype.Service;

@Service
public class ProductService {

    /** The start of every order sheet's code; no product code may look like one. */
    public static final String ORDER_PREFIX = "ORD-";

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

    public List<ProductBarcode> barcodesOf(long productId) {
        return repository().barcodesOf(productId);
    }

    public long addProduct(String name, String pictogram, int unitsPerScan, List<ProductBarcode> barcodes) {
        return save(null, name, pictogram, unitsPerScan, "stuks", false, barcodes);
    }

    /**
     * Adds a product (id null) or changes one, with exactly these barcodes. Units already
     * counted keep the quantity they were counted with: the journal is never rewritten.
     *
     * @throws Refused when a field is empty, a barcode is invalid or belongs to another product
     */
    public long save(Long id, String name, String pictogram, int unitsPerScan, String unit, boolean serialised,
            List<ProductBarcode> barcodes) {
        String cleanName = required(name, "staff.products.refused.name");
        String cleanUnit = required(unit, "staff.products.refused.unit");
        if (unitsPerScan < 1 || unitsPerScan > 1_000_000) {
            throw new Refused("staff.products.refused.perScan");
        }
        String picture = pictogram == null || pictogram.isBlank() ? "openmoji:1F4E6" : pictogram.strip();
        Set<String> seen = new HashSet<>();
        for (ProductBarcode barcode : barcodes) {
            check(barcode, seen);
        }
        return database.write(h -> {
            ProductRepository products = h.attach(ProductRepository.class);
            for (ProductBarcode barcode : barcodes) {
                Optional<ProductBarcode> taken = products.barcode(barcode.code());
                if (taken.isPresent() && (id == null || taken.get().productId() != id)) {
                    throw new Refused("staff.products.refused.taken", barcode.code());
                }
            }
            long productId;
            if (id == null) {
                productId = products.insertProduct(cleanName, picture, unitsPerScan, cleanUnit);
                if (serialised) {
                    products.updateSerialised(productId, true);
                }
            } else {
                if (products.updateProduct(id, cleanName, picture, unitsPerScan, cleanUnit, serialised) == 0) {
                    throw new Refused("staff.products.refused.gone");
                }
                productId = id;
                products.deleteBarcodesOf(id);
            }
            barcodes.forEach(b -> products.insertBarcode(b.code().strip(), productId, b.symbology()));
            return productId;
        });
    }

    private static void check(ProductBarcode barcode, Set<String> seen) {
        String code = barcode.code() == null ? "" : barcode.code().strip();
        Symbology symbology;
        try {
            symbology = Symbology.valueOf(barcode.symbology());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refused("staff.products.refused.symbology", code);
        }
        if (!(ScanReading.of(code) instanceof ScanReading.Readable) || code.length() > ScanReading.MAX_LENGTH) {
            throw new Refused("staff.products.refused.code", code);
        }
        if (symbology == Symbology.EAN_13 && !Ean13.isValid(code)) {
            throw new Refused("staff.products.refused.ean", code);
        }
        if (code.toUpperCase(java.util.Locale.ROOT).startsWith(ORDER_PREFIX)) {
            throw new Refused("staff.products.refused.orderLike", code);
        }
        if (!seen.add(code)) {
            throw new Refused("staff.products.refused.twice", code);
        }
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new Refused(key);
        }
        return text.strip();
    }

    private ProductRepository repository() {
        return database.onReader(ProductRepository.class);
    }
}
