package nl.stapwijs.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A one-sheet XLSX workbook written with Apache POI: a bold header row that stays in view,
 * numbers as numbers and dates as dates with a date format, so a spreadsheet sums and sorts them.
 */
public final class Xlsx {

    private Xlsx() {
    }

    public static byte[] write(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                header.createCell(i).setCellValue(table.headers().get(i));
                header.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> cells = table.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    switch (cells.get(i)) {
                        case null -> { }
                        case Number number -> row.createCell(i).setCellValue(number.doubleValue());
                        case LocalDate day -> {
                            row.createCell(i).setCellValue(day);
                            row.getCell(i).setCellStyle(date);
                        }
                        case Object text -> row.createCell(i).setCellValue(text.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < table.headers().size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook " + table.name(), e);
        }
    }
}
