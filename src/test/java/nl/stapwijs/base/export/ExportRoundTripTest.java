package nl.stapwijs.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What is written comes back: text (with quotes, commas, line breaks), whole numbers, dates, empty cells. */
class ExportRoundTripTest {

    private final Table table = new Table("Productie", List.of("Dag", "Team", "Taak", "Goed", "Afkeur", "Opmerking"),
            List.of(Table.row(LocalDate.of(2026, 11, 16), "Team Verpakken", "Dozen vouwen", 412L, 7L, null),
                    Table.row(LocalDate.of(2026, 11, 17), "Team \"Groen\"", "Bladeren, ruimen", 38L, 0L, "twee\nregels"),
                    Table.row(LocalDate.of(2026, 11, 18), "Team Montage", "Lampen", 0L, 1L, "Ünïcødé — m²")));

    @Test
    void an_xlsx_export_reads_back_equal_with_numbers_as_numbers_and_dates_as_dates() throws Exception {
        byte[] xlsx = Xlsx.write(table);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Productie");
            List<Object> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(List.copyOf(table.headers()));
            assertThat(sheet.getLastRowNum()).isEqualTo(table.rows().size());
            for (int r = 0; r < table.rows().size(); r++) {
                assertThat(read(sheet.getRow(r + 1), table.headers().size())).as("row %d", r + 1)
                        .isEqualTo(table.rows().get(r));
            }
        }
    }

    @Test
    void a_csv_export_reads_back_equal() {
        String csv = new String(Csv.write(table), StandardCharsets.UTF_8);

        List<List<String>> lines = parse(csv);
        assertThat(lines.get(0)).isEqualTo(table.headers());
        assertThat(lines).hasSize(table.rows().size() + 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> expected = table.rows().get(r).stream().map(c -> c == null ? "" : c.toString()).toList();
            assertThat(lines.get(r + 1)).isEqualTo(expected);
        }
    }

    @Test
    void a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_disarmed() {
        Table risky = new Table("x", List.of("a"), List.of(Table.row("=HYPERLINK(\"http://evil\")")));

        assertThat(parse(new String(Csv.write(risky), StandardCharsets.UTF_8)).get(1).get(0))
                .isEqualTo("'=HYPERLINK(\"http://evil\")");
    }

    private static List<Object> read(Row row, int cells) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                values.add(null);
            } else if (cell.getCellType() == CellType.STRING) {
                values.add(cell.getStringCellValue());
            } else if (DateUtil.isCellDateFormatted(cell)) {
                values.add(cell.getLocalDateTimeCellValue().toLocalDate());
            } else {
                values.add((long) cell.getNumericCellValue());
            }
        }
        return values;
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; lines end in CRLF. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return lines;
    }
}
