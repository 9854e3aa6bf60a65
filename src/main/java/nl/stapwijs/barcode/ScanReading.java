package nl.stapwijs.barcode;

/**
 * What a scanner delivered, checked before anything looks it up: either a readable code or
 * the reason it cannot be one. Scanners send garbage sometimes (a misread, a dropped
 * character, a wrong keyboard layout, a cat on the keyboard); none of it may crash anything.
 */
public sealed interface ScanReading {

    /** Scanned text longer than any code Stapwijs prints or accepts. */
    int MAX_LENGTH = 128;

    static ScanReading of(String raw) {
        if (raw == null) {
            return new Unreadable(Problem.EMPTY, "");
        }
        String text = stripTerminators(raw);
        if (text.isBlank()) {
            return new Unreadable(Problem.EMPTY, "");
        }
        if (text.length() > MAX_LENGTH) {
            return new Unreadable(Problem.TOO_LONG, printable(text));
        }
        if (text.codePoints().anyMatch(ScanReading::isControl)) {
            return new Unreadable(Problem.UNREADABLE, printable(text));
        }
        return new Readable(text.strip());
    }

    /** A safe, short rendering of any input for the journal and for staff screens. */
    static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().limit(MAX_LENGTH).forEach(c -> {
            if (isControl(c)) {
                out.append(String.format("\\x%02X", c & 0xFF));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (raw.codePointCount(0, raw.length()) > MAX_LENGTH) {
            out.append("…(").append(raw.length()).append(" chars)");
        }
        return out.toString();
    }

    private static String stripTerminators(String raw) {
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == '\r' || raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\t')) {
            end--;
        }
        return raw.substring(0, end);
    }

    private static boolean isControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    enum Problem { EMPTY, TOO_LONG, UNREADABLE }

    record Readable(String code) implements ScanReading {
    }

    record Unreadable(Problem problem, String shown) implements ScanReading {
    }
}
