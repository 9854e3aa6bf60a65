package nl.stapwijs.base.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** CSV as RFC 4180: comma-separated, quoted text, CRLF, UTF-8; dates as ISO dates, numbers with a point. */
public final class Csv {

    private Csv() {
    }

    public static byte[] write(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers().stream().map(h -> (Object) h).toList());
        table.rows().forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Number number -> number.toString();
            case LocalDate date -> date.toString();
            default -> quote(value.toString());
        };
    }

    private static String quote(String text) {
        // Cells starting with = + - @ are read as formulas by spreadsheets; a leading quote disarms them.
        String safe = text.matches("(?s)^[=+\\-@].*") ? "'" + text : text;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
