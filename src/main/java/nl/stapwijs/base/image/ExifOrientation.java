package nl.stapwijs.base.image;

/**
 * Reads the one EXIF field a kiosk needs from a JPEG: which way up the phone was held (tag
 * 0x0112). Phones store the picture sideways and say so here; every other field is dropped.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** 1 (as stored) to 8; 1 when there is no EXIF block or it cannot be read. */
    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, false);
            if (marker == 0xE1 && at + 10 <= jpeg.length && new String(jpeg, at + 4, 4,
                    java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
                return orientation(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            at += 2 + length;
        }
        return 1;
    }

    private static int orientation(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        if (ifd + 2 > end || ifd < tiff) {
            return 1;
        }
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int x = b[at] & 0xFF;
        int y = b[at + 1] & 0xFF;
        return little ? (y << 8) | x : (x << 8) | y;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return (high << 16) | low;
    }
}
