package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.recap.RecapReport.Line;
import id.go.merangin.sapo.recap.RecapReport.Section;
import id.go.merangin.sapo.recap.RecapReport.Totals;
import id.go.merangin.sapo.shared.FormSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a month's {@link RecapReport} as an XLSX workbook in the form BKPSDMD files and prints. Each OPD gets a
 * sheet named by its code: the title block, a line per ASN (NIP as text; the count of every daily code, the leave
 * types together and each on its own; the minutes; the deduction in % with two decimals), the OPD's totals, and the
 * signature block. When the report holds more than one OPD a summary sheet comes first, a line per OPD and the
 * grand total. Rows are streamed through temporary files, so a whole regency's month never sits in memory at once.
 */
public final class RecapWorkbook {

    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_SHEET_NAME = 31;
    private static final int[] IDENTITY_WIDTHS = {5, 21, 32, 28};
    private static final int CODE_WIDTH = 6;
    private static final int LABELLED_WIDTH = 12;
    private static final int FROZEN_COLUMNS = 3;
    private static final int SIGNATURE_COLUMNS = 8;
    private static final int[] DAY_WIDTHS = {5, 21, 30, 12, 14, 8, 8, 12, 12, 12, 11, 16};
    private static final int[] SUMMARY_WIDTHS = {5, 16, 50, 8, 10, 10, 8, 12, 30};
    private static final int SUMMARY_FIRST_FIGURE = 3;
    private static final int SUMMARY_SIGNATURE_COLUMNS = 3;

    private final RecapForm form;

    /**
     * @param bundle the admin screens' messages, for the labels ({@code export.*} and the leave types' names)
     * @param locale for the month's name and the signature's date
     */
    public RecapWorkbook(ResourceBundle bundle, Locale locale) {
        this.form = new RecapForm(bundle, locale);
    }

    /** Writes {@code report} to {@code out} as XLSX; {@code out} is left open. */
    public void write(RecapReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            try {
                workbook.setCompressTempFiles(true);
                FormSheet.Styles styles = new FormSheet.Styles(workbook);
                Set<String> names = new HashSet<>();
                if (report.sections().size() != 1) {
                    writeSummary(report, sheet(workbook, form.text("export.summary"), names), styles);
                }
                for (Section section : report.sections()) {
                    writeSection(report, section, sheet(workbook, section.opdCode(), names), styles);
                }
                if (report.sections().size() == 1) {
                    Section section = report.sections().get(0);
                    writeDays(report, section, sheet(workbook, form.text("export.days.sheet"), names), styles);
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private void writeSection(RecapReport report, Section section, Sheet target, FormSheet.Styles styles) {
        List<RecapForm.Column> columns = form.columns();
        List<String> headers = new ArrayList<>(form.identityHeaders());
        columns.forEach(column -> headers.add(column.header()));
        FormSheet sheet = new FormSheet(target, styles, widths(columns));
        sheet.titleBlock(form.heading(report), form.details(report, section));
        int headerRow = sheet.header(headers);
        int firstFigure = IDENTITY_WIDTHS.length;
        for (Line line : section.lines()) {
            Row row = whose(sheet, line);
            sheet.text(row, 3, line.position());
            for (int i = 0; i < columns.size(); i++) {
                sheet.number(row, firstFigure + i, columns.get(i).ofLine().apply(line.recap()), false);
            }
        }
        Row totals = sheet.tableRow(true);
        sheet.text(totals, 0, form.text("export.totals"));
        sheet.merge(totals, 0, firstFigure - 1);
        for (int i = 0; i < columns.size(); i++) {
            sheet.number(totals, firstFigure + i, columns.get(i).ofTotals().apply(section.totals()), true);
        }
        sheet.note(form.text("export.totals.note"));
        signature(sheet, report, headers.size() - SIGNATURE_COLUMNS, headers.size() - 1);
        sheet.layout(headerRow, FROZEN_COLUMNS);
    }

    /** A new row of the table that starts with the line's number, NIP and name. */
    private static Row whose(FormSheet sheet, Line line) {
        Row row = sheet.tableRow(false);
        sheet.number(row, 0, line.number(), false);
        sheet.identifier(row, 1, line.nip());
        sheet.text(row, 2, line.name());
        return row;
    }

    /**
     * One OPD's month day by day, a row per ASN and date, from the same lines as the screen's detail of an ASN
     * ({@link RecapDayLine}): the codes, the times, the minutes and what the day cost, with the rules version that
     * worked the month out. Written for a single OPD only (the whole regency's days would be too many rows).
     */
    private void writeDays(RecapReport report, Section section, Sheet target, FormSheet.Styles styles) {
        List<String> headers = form.dayHeaders();
        FormSheet sheet = new FormSheet(target, styles, DAY_WIDTHS);
        sheet.titleBlock(form.heading(report), form.details(report, section));
        int headerRow = sheet.header(headers);
        for (Line line : section.lines()) {
            if (line.days().isEmpty()) {
                continue;
            }
            MonthSummary month = line.days().get();
            for (RecapDayLine day : RecapDayLine.of(month, form.locale())) {
                Row row = whose(sheet, line);
                sheet.date(row, 3, day.date());
                sheet.text(row, 4, day.codes());
                sheet.text(row, 5, day.checkIn());
                sheet.text(row, 6, day.checkOut());
                sheet.number(row, 7, day.lateMinutes(), false);
                sheet.number(row, 8, day.effectiveLateMinutes(), false);
                sheet.number(row, 9, day.earlyLeaveMinutes(), false);
                sheet.number(row, 10, day.percent(), false);
                sheet.text(row, 11, month.rules().version());
            }
        }
        sheet.layout(headerRow, FROZEN_COLUMNS);
    }

    private void writeSummary(RecapReport report, Sheet target, FormSheet.Styles styles) {
        FormSheet sheet = new FormSheet(target, styles, SUMMARY_WIDTHS);
        sheet.titleBlock(form.heading(report), form.details(report, null));
        int headerRow = sheet.header(form.summaryHeaders());
        int number = 0;
        for (Section section : report.sections()) {
            Row row = sheet.tableRow(false);
            sheet.number(row, 0, ++number, false);
            sheet.identifier(row, 1, section.opdCode());
            sheet.text(row, 2, section.opdName());
            summaryFigures(sheet, row, section.totals(), false);
            sheet.text(row, SUMMARY_WIDTHS.length - 1, form.verification(section));
        }
        Row total = sheet.tableRow(true);
        sheet.text(total, 0, form.text("export.totals"));
        sheet.merge(total, 0, SUMMARY_FIRST_FIGURE - 1);
        summaryFigures(sheet, total, Totals.of(report.lines()), true);
        sheet.note(form.text("export.totals.note"));
        signature(sheet, report, SUMMARY_WIDTHS.length - SUMMARY_SIGNATURE_COLUMNS, SUMMARY_WIDTHS.length - 1);
        sheet.layout(headerRow, 0);
    }

    private void signature(FormSheet sheet, RecapReport report, int first, int last) {
        RecapForm.SignatureLines lines = form.signature(report.signature());
        sheet.signature(lines.placeAndDate(), lines.title(), lines.name(), lines.nip(), first, last);
    }

    private void summaryFigures(FormSheet sheet, Row row, Totals totals, boolean bold) {
        List<Number> figures = form.summaryFigures(totals);
        for (int i = 0; i < figures.size(); i++) {
            sheet.number(row, SUMMARY_FIRST_FIGURE + i, figures.get(i), bold);
        }
    }

    private static int[] widths(List<RecapForm.Column> columns) {
        int[] widths = Arrays.copyOf(IDENTITY_WIDTHS, IDENTITY_WIDTHS.length + columns.size());
        for (int i = 0; i < columns.size(); i++) {
            widths[IDENTITY_WIDTHS.length + i] = columns.get(i).narrow() ? CODE_WIDTH : LABELLED_WIDTH;
        }
        return widths;
    }

    /**
     * A new sheet named {@code wanted} as far as Excel allows: at most 31 characters, none of {@code []:*?/\}, and
     * unlike every name in {@code taken} whatever the case (a second "DINKES" becomes "DINKES (2)").
     */
    private static Sheet sheet(Workbook workbook, String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted).strip();
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            int room = MAX_SHEET_NAME - suffix.length();
            name = base.substring(0, Math.min(base.length(), room)) + suffix;
        }
        return workbook.createSheet(name);
    }
}
