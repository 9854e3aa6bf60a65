package nl.stapwijs.production;

public record ProductBarcode(String code, long productId, String symbology) {
}
