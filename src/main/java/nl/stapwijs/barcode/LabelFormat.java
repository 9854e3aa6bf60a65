package nl.stapwijs.barcode;

/**
 * Paper that Stapwijs prints labels on: A4 sheets of self-adhesive labels (one PDF page per
 * sheet, each label at its place on the sheet), and label printers' rolls and die-cut labels
 * (one PDF page per label, the page the size of the label). Sizes and margins in millimetres,
 * as the makers publish them.
 */
public enum LabelFormat {
    /** A4, 3 × 7 labels of 63.5 × 38.1 mm: Avery L7160, Herma 4677 and their look-alikes. */
    A4_21(210, 297, 3, 7, 63.5, 38.1, 7.2, 15.15, 2.5, 0),
    /** A4, 3 × 8 labels of 70 × 37 mm, edge to edge: Avery 3474, Herma 4453 and their look-alikes. */
    A4_24(210, 297, 3, 8, 70, 37, 0, 0.5, 0, 0),
    /** A4, 2 × 4 labels of 99.1 × 67.7 mm: Avery L7165, Herma 4676. Large enough for badges with a QR code. */
    A4_8(210, 297, 2, 4, 99.1, 67.7, 4.65, 13.1, 2.5, 0),
    /** Brother DK-11209: 62 × 29 mm die-cut labels (QL printers). */
    BROTHER_62X29(62, 29, 1, 1, 62, 29, 0, 0, 0, 0),
    /** Brother DK-11202: 62 × 100 mm die-cut shipping labels. */
    BROTHER_62X100(62, 100, 1, 1, 62, 100, 0, 0, 0, 0),
    /** 100 × 150 mm (4 × 6 inch) shipping labels for thermal printers, e.g. for a pallet or a box of an order. */
    SHIPPING_100X150(100, 150, 1, 1, 100, 150, 0, 0, 0, 0);

    final double pageWidth;
    final double pageHeight;
    final int columns;
    final int rows;
    final double width;
    final double height;
    final double left;
    final double top;
    final double columnGap;
    final double rowGap;

    LabelFormat(double pageWidth, double pageHeight, int columns, int rows, double width, double height, double left,
            double top, double columnGap, double rowGap) {
        this.pageWidth = pageWidth;
        this.pageHeight = pageHeight;
        this.columns = columns;
        this.rows = rows;
        this.width = width;
        this.height = height;
        this.left = left;
        this.top = top;
        this.columnGap = columnGap;
        this.rowGap = rowGap;
    }

    public int perPage() {
        return columns * rows;
    }

    /** Room for a QR code beside a Code 128 and a few lines of text. */
    boolean isLarge() {
        return height >= 60;
    }

    /** "62 × 29 mm" */
    public String size() {
        return mm(width) + " × " + mm(height) + " mm";
    }

    private static String mm(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }
}
