package nl.stapwijs.production;

/**
 * Something a station counts; one scan of its barcode counts {@code unitsPerScan} units.
 *
 * @param serialised every unit carries its own code (the product's code plus a serial), which counts only once
 */
public record Product(long id, String name, String pictogram, int unitsPerScan, boolean serialised) {
}
