/**
 * Barcodes, and the only package that imports ZXing: checking what a scanner typed,
 * rendering badges, product labels and station codes, and decoding camera frames.
 */
package nl.stapwijs.barcode;
