package id.go.merangin.sapo.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet of a printed form (the monthly recap, the attendance list) as it is written, top to bottom: the title
 * block, a bordered table (header, lines, a bold totals row), a note and the signature block, then the layout
 * (column widths, frozen header, A4 landscape fitted to the page width). Texts are string cells, figures numeric
 * cells, dates date cells shown dd/MM/yyyy; a NIP is always an 18-digit text cell, never a number.
 */
public final class FormSheet {

    private static final int SIGNATURE_ROWS_FOR_SIGNING = 3;
    private static final double MARGIN_INCHES = 0.4;

    private final Sheet sheet;
    private final Styles styles;
    private final int[] widths;
    private int next;

    /** A sheet of {@code widths.length} columns, each as wide as that many characters. */
    public FormSheet(Sheet sheet, Styles styles, int[] widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = widths.clone();
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    /** The heading lines bold and centred over the table, the details under them, then a blank row. */
    public void titleBlock(List<String> heading, List<String> details) {
        heading.forEach(line -> mergedRow(line, styles.heading, 0, widths.length - 1));
        details.forEach(line -> text(sheet.createRow(next++), 0, line, styles.plain));
        next++;
    }

    /** The table's header row, high enough for its longest header wrapped in its column; returns its index. */
    public int header(List<String> headers) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int column = 0; column < headers.size(); column++) {
            text(row, column, headers.get(column), styles.header);
            lines = Math.max(lines, wrappedLines(headers.get(column), widths[column] - 1));
        }
        row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        return row.getRowNum();
    }

    /** A new row of the table (or the totals row, bold), to fill with {@link #text} and {@link #number}. */
    public Row tableRow(boolean totals) {
        Row row = sheet.createRow(next++);
        for (int column = 0; column < widths.length; column++) {
            row.createCell(column).setCellStyle(totals ? styles.totalText : styles.text);
        }
        return row;
    }

    /** Writes {@code value} (blank for {@code null}) as a string cell in the style the table row gave it. */
    public void text(Row row, int column, String value) {
        cell(row, column).setCellValue(value == null ? "" : value);
    }

    /**
     * Writes a NIP (or a code) as a text cell formatted as text, so that its 18 digits stay text even when someone
     * edits the cell: a spreadsheet would turn a numeric NIP into 1.98311112011031E+17 and lose its last digits.
     */
    public void identifier(Row row, int column, String value) {
        text(row, column, value, styles.identifier);
    }

    /** Writes a count as a whole number, or a percentage with two decimals, in the table's or the totals' style. */
    public void number(Row row, int column, Number value, boolean totals) {
        Cell cell = cell(row, column);
        cell.setCellValue(value.doubleValue());
        boolean percent = value instanceof BigDecimal;
        cell.setCellStyle(
                totals
                        ? (percent ? styles.totalPercent : styles.totalCount)
                        : (percent ? styles.percent : styles.count));
    }

    /** Writes a date as a date cell shown dd/MM/yyyy (blank for {@code null}), so a spreadsheet sorts it as a date. */
    public void date(Row row, int column, LocalDate value) {
        Cell cell = cell(row, column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.date);
    }

    /** Joins the cells {@code first}–{@code last} of {@code row} into one, keeping the borders. */
    public void merge(Row row, int first, int last) {
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
    }

    /** A line of italic text under the table. */
    public void note(String text) {
        text(sheet.createRow(next++), 0, text, styles.note);
    }

    /** The signature block, centred over the columns {@code first}–{@code last}, after a blank row. */
    public void signature(String placeAndDate, String title, String name, String nip, int first, int last) {
        next++;
        mergedRow(placeAndDate, styles.signature, first, last);
        mergedRow(title, styles.signature, first, last);
        next += SIGNATURE_ROWS_FOR_SIGNING;
        mergedRow(name, styles.signatureName, first, last);
        mergedRow(nip, styles.signature, first, last);
    }

    /**
     * Freezes the rows down to the header and the first {@code frozenColumns} columns, repeats the header on every
     * printed page, and prints A4 landscape fitted to the page width.
     */
    public void layout(int headerRow, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        for (PageMargin margin : List.of(PageMargin.LEFT, PageMargin.RIGHT, PageMargin.TOP, PageMargin.BOTTOM)) {
            sheet.setMargin(margin, MARGIN_INCHES);
        }
    }

    /** A row whose cells {@code first}–{@code last} are one, as high as {@code text} wrapped across them needs. */
    private void mergedRow(String text, CellStyle style, int first, int last) {
        Row row = sheet.createRow(next++);
        text(row, first, text, style);
        if (last > first) {
            merge(row, first, last);
        }
        int width = Arrays.stream(widths, first, last + 1).sum();
        int lines = style.getWrapText() ? wrappedLines(text, width - 1) : 1;
        if (lines > 1) {
            row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
        }
    }

    /** How many lines {@code text} takes when wrapped between words at {@code width} characters. */
    private static int wrappedLines(String text, int width) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            if (used > 0 && used + 1 + word.length() > width) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + word.length();
        }
        return lines;
    }

    private void text(Row row, int column, String value, CellStyle style) {
        text(row, column, value);
        row.getCell(column).setCellStyle(style);
    }

    private static Cell cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }

    /** The workbook's cell styles, made once: a workbook holds a limited number of them. */
    public static final class Styles {

        final CellStyle heading;
        final CellStyle plain;
        final CellStyle note;
        final CellStyle header;
        final CellStyle text;
        final CellStyle identifier;
        final CellStyle date;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle totalText;
        final CellStyle totalCount;
        final CellStyle totalPercent;
        final CellStyle signature;
        final CellStyle signatureName;

        public Styles(Workbook workbook) {
            Font bold = font(workbook, true, false, false);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setAlignment(HorizontalAlignment.CENTER);
            plain = workbook.createCellStyle();
            note = workbook.createCellStyle();
            note.setFont(font(workbook, false, true, false));
            header = bordered(workbook, bold, null);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered(workbook, null, null);
            text.setWrapText(true);
            identifier = bordered(workbook, null, "@");
            date = bordered(workbook, null, "dd/mm/yyyy");
            count = bordered(workbook, null, "0");
            percent = bordered(workbook, null, "0.00");
            totalText = bordered(workbook, bold, null);
            totalCount = bordered(workbook, bold, "0");
            totalPercent = bordered(workbook, bold, "0.00");
            signature = workbook.createCellStyle();
            signature.setAlignment(HorizontalAlignment.CENTER);
            signature.setVerticalAlignment(VerticalAlignment.TOP);
            signature.setWrapText(true);
            signatureName = workbook.createCellStyle();
            signatureName.cloneStyleFrom(signature);
            signatureName.setFont(font(workbook, true, false, true));
        }

        /** A table cell's style: thin borders, the text at the top when a name in the row takes two lines. */
        private static CellStyle bordered(Workbook workbook, Font font, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (font != null) {
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        }

        private static Font font(Workbook workbook, boolean bold, boolean italic, boolean underline) {
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setItalic(italic);
            if (underline) {
                font.setUnderline(Font.U_SINGLE);
            }
            return font;
        }
    }
}
