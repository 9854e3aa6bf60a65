package nl.stapwijs.barcode;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Barcode images for the printable pages: /barcodes/CODE_128.png?text=... */
@RestController
class BarcodeImageController {

    private final BarcodeRenderer renderer;

    BarcodeImageController(BarcodeRenderer renderer) {
        this.renderer = renderer;
    }

    @GetMapping(value = "/barcodes/{symbology}.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> barcode(@PathVariable Symbology symbology, @RequestParam String text) {
        if (text.length() > ScanReading.MAX_LENGTH) {
            return ResponseEntity.badRequest().build();
        }
        boolean square = symbology == Symbology.QR_CODE;
        try {
            byte[] png = renderer.png(text, symbology, square ? 300 : 600, square ? 300 : 180);
            return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1))).body(png);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
    }
}
