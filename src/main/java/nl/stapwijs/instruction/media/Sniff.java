package nl.stapwijs.instruction.media;

import java.nio.charset.StandardCharsets;

/** What a file really is, from its first bytes: the browser's MIME type and the file name can say anything. */
enum Sniff {
    JPEG("jpg"), PNG("png"), WEBP("webp"), MP4("mp4"), WEBM("webm"), OGG("ogg"), WAV("wav"), MP3("mp3"), M4A("m4a"),
    UNKNOWN("");

    final String extension;

    Sniff(String extension) {
        this.extension = extension;
    }

    static Sniff of(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (starts(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PNG;
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return WEBP;
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
            return WAV;
        }
        if (ascii(b, 4, "ftyp")) {
            // MP4 and M4A share the container; the brand tells audio-only files apart.
            return ascii(b, 8, "M4A ") ? M4A : MP4;
        }
        if (starts(b, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
            return WEBM;
        }
        if (ascii(b, 0, "OggS")) {
            return OGG;
        }
        if (ascii(b, 0, "ID3") || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0)) {
            return MP3;
        }
        return UNKNOWN;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        return starts(b, at, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean starts(byte[] b, int at, byte[] prefix) {
        if (b.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
