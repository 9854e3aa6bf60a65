package nl.stapwijs.base.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for export: a header row and rows of cells. A cell is text, a whole or decimal
 * number, a date, or empty (null); the writers keep numbers numbers and dates dates.
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Every row of " + name + " needs " + headers.size() + " cells");
            }
            for (Object cell : row) {
                if (cell != null && !(cell instanceof String || cell instanceof Number || cell instanceof LocalDate)) {
                    throw new IllegalArgumentException("A cell is text, a number or a date, not " + cell.getClass());
                }
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copied);
    }

    /** A builder-style row list, for readable callers. */
    public static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
