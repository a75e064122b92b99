package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.shared.FormSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the filtered attendance list ({@link ReviewReport}) as an XLSX workbook of one sheet: the title block
 * (the list's name, the OPD, the period), then a line per event, newest first. The NIP is an 18-digit text cell,
 * the date a date cell shown dd/MM/yyyy, the time HH:mm (WIB) as text, the distances whole metres; an empty value
 * is an empty cell. Prints A4 landscape, fitted to the page width, the header repeated on every page.
 */
public final class ReviewWorkbook {

    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 100;
    private static final int NUMBER_WIDTH = 6;
    private static final int FROZEN_COLUMNS = 4;

    private final ReviewForm form;

    /**
     * @param bundle the admin screens' messages, for the labels
     * @param locale for the labels' placeholders
     */
    public ReviewWorkbook(ResourceBundle bundle, Locale locale) {
        this.form = new ReviewForm(bundle, locale);
    }

    /** Writes {@code report} to {@code out} as XLSX; {@code out} is left open. */
    public void write(ReviewReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            try {
                workbook.setCompressTempFiles(true);
                List<ReviewForm.Column> columns = form.columns();
                List<String> headers = form.headers();
                FormSheet sheet = new FormSheet(
                        workbook.createSheet(WorkbookUtil.createSafeSheetName(form.text("export.review.sheet"))),
                        new FormSheet.Styles(workbook),
                        widths(columns));
                sheet.titleBlock(form.heading(report), form.details(report));
                int headerRow = sheet.header(headers);
                int number = 0;
                for (ReviewRow line : report.rows()) {
                    Row row = sheet.tableRow(false);
                    sheet.number(row, 0, ++number, false);
                    for (int i = 0; i < columns.size(); i++) {
                        write(
                                sheet,
                                row,
                                i + 1,
                                columns.get(i),
                                columns.get(i).value().apply(line));
                    }
                }
                sheet.layout(headerRow, FROZEN_COLUMNS);
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private static void write(FormSheet sheet, Row row, int column, ReviewForm.Column kind, Object value) {
        switch (kind.kind()) {
            case DATE -> sheet.date(row, column, (LocalDate) value);
            case NIP -> sheet.identifier(row, column, (String) value);
            case METRES -> {
                if (value != null) {
                    sheet.number(row, column, (Long) value, false);
                }
            }
            case TEXT -> sheet.text(row, column, (String) value);
        }
    }

    private static int[] widths(List<ReviewForm.Column> columns) {
        int[] widths = new int[columns.size() + 1];
        widths[0] = NUMBER_WIDTH;
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 1] = columns.get(i).width();
        }
        return widths;
    }
}
