package nl.stapwijs.production;

/** Something a station counts; one scan of its barcode counts {@code unitsPerScan} units. */
public record Product(long id, String name, String pictogram, int unitsPerScan) {
}
