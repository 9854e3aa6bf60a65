package nl.stapwijs.barcode;

/** The barcode kinds Stapwijs prints and reads. */
public enum Symbology {
    /** Retail product codes, 13 digits with a check digit. */
    EAN_13,
    /** Badges, order sheets, station codes: any short ASCII text. */
    CODE_128,
    /** Where a phone or camera reads the code, and for long texts. */
    QR_CODE
}
