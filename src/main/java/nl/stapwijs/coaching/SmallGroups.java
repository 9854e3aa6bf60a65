package nl.stapwijs.coaching;

/**
 * Small-group suppression for aggregate tables: a cell about fewer than {@link #MINIMUM} people is
 * not shown, and neither is a total from which such a group could be worked out by subtraction:
 * a row or column total whose hidden cells together hold fewer than {@link #MINIMUM} people, and
 * the grand total when, minus the totals that are shown and the cells shown in the hidden rows
 * (or columns), it would give away fewer than {@link #MINIMUM} people's figures.
 */
final class SmallGroups {

    static final int MINIMUM = 5;

    private SmallGroups() {
    }

    /** Which cells, row totals, column totals and grand total of a table of head counts are hidden. */
    record Hidden(boolean[][] cells, boolean[] rows, boolean[] columns, boolean grand) {
    }

    static boolean small(long people) {
        return people > 0 && people < MINIMUM;
    }

    static Hidden of(long[][] people) {
        int rowCount = people.length;
        int columnCount = rowCount == 0 ? 0 : people[0].length;
        boolean[][] cells = new boolean[rowCount][columnCount];
        long[] hiddenInRow = new long[rowCount];
        long[] hiddenInColumn = new long[columnCount];
        long[] rowTotals = new long[rowCount];
        long[] columnTotals = new long[columnCount];
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                cells[r][c] = small(people[r][c]);
                rowTotals[r] += people[r][c];
                columnTotals[c] += people[r][c];
                if (cells[r][c]) {
                    hiddenInRow[r] += people[r][c];
                    hiddenInColumn[c] += people[r][c];
                }
            }
        }
        boolean[] rows = new boolean[rowCount];
        long hiddenRows = 0;
        long grandTotal = 0;
        for (int r = 0; r < rowCount; r++) {
            rows[r] = small(rowTotals[r]) || small(hiddenInRow[r]);
            hiddenRows += rows[r] ? hiddenInRow[r] : 0;
            grandTotal += rowTotals[r];
        }
        boolean[] columns = new boolean[columnCount];
        long hiddenColumns = 0;
        for (int c = 0; c < columnCount; c++) {
            columns[c] = small(columnTotals[c]) || small(hiddenInColumn[c]);
            hiddenColumns += columns[c] ? hiddenInColumn[c] : 0;
        }
        boolean grand = small(grandTotal) || small(hiddenRows) || small(hiddenColumns);
        return new Hidden(cells, rows, columns, grand);
    }
}
