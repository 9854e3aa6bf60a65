package nl.stapwijs.production;

/**
 * Something a station counts; one scan of its barcode counts {@code unitsPerScan} units.
 *
 * @param pictogram    its picture: an OpenMoji pictogram ({@code openmoji:1F4E6}) or an uploaded photo ({@code media:...})
 * @param unitsPerScan what one scan counts: 1 piece, a box of 20, a pallet of 480
 * @param serialised   every unit carries its own code (the product's code plus a serial), which counts only once
 * @param unit         what is counted, in the supervisor's words ("stuks", "m²", "bomen", "zakken")
 */
public record Product(long id, String name, String pictogram, int unitsPerScan, boolean serialised, String unit) {

    /** "1 doos = 20 stuks" style: what one scan is worth, for labels and editors. */
    public String perScan() {
        return unitsPerScan + " " + unit;
    }
}
