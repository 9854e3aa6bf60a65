package nl.stapwijs.barcode;

import java.util.List;

/**
 * What one label says: a title, a few short lines, and a code printed as barcodes (the first
 * symbology on small labels, all of them where there is room) with the code as text below.
 */
public record Label(String title, List<String> lines, String code, List<Symbology> symbologies) {

    public Label {
        lines = List.copyOf(lines);
        symbologies = List.copyOf(symbologies);
        if (symbologies.isEmpty()) {
            throw new IllegalArgumentException("A label needs at least one barcode");
        }
    }
}
