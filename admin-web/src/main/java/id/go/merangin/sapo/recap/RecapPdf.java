package id.go.merangin.sapo.recap;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.go.merangin.sapo.recap.RecapReport.Line;
import id.go.merangin.sapo.recap.RecapReport.Section;
import id.go.merangin.sapo.recap.RecapReport.Totals;
import id.go.merangin.sapo.shared.FormPdf;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes a month's {@link RecapReport} as a PDF in the form BKPSDMD prints and signs: A4 landscape, Helvetica 7 pt
 * so that the 21 columns fit. Each OPD starts on a new page with the title block, then a table of a line per ASN
 * (its header repeated on every page), the OPD's totals and the signature block on the right; when the report
 * holds more than one OPD a summary table comes first. Every page is numbered "Halaman x dari y". Percentages take
 * the locale's decimal mark: "5,00" in Indonesian.
 *
 * <p>The leave types are counted together in one column (Izin/Cuti/DL), and holidays and TA (a compulsory apel
 * missed, rare) are left out, for the page's width: their cost is in the deduction; the workbook
 * ({@link RecapWorkbook}) has every code on its own.
 */
public final class RecapPdf {

    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = FormPdf.CONTENT_TYPE;

    private static final int IDENTITY_COLUMNS = 4;
    private static final float NAME_SHARE = 0.55f;
    private static final float[] SUMMARY_WIDTHS = {2.2f, 6f, 24f, 3.5f, 4.5f, 4.5f, 3.5f, 6f, 12f};
    private static final float SIGNATURE_SPACE = 40f;

    private static final Font CELL = FormPdf.CELL;
    private static final Font BOLD_CELL = FormPdf.BOLD_CELL;
    private static final Font SIGNATURE = new Font(Font.HELVETICA, 8);
    private static final Font SIGNATURE_NAME = new Font(Font.HELVETICA, 8, Font.BOLD | Font.UNDERLINE);

    private final RecapForm form;

    /**
     * @param bundle the admin screens' messages, for the labels ({@code export.*})
     * @param locale for the month's name, the signature's date and the decimal mark
     */
    public RecapPdf(ResourceBundle bundle, Locale locale) {
        this.form = new RecapForm(bundle, locale);
    }

    /** Writes {@code report} to {@code out} as PDF; {@code out} is left open. */
    public void write(RecapReport report, OutputStream out) throws IOException {
        FormPdf pdf = new FormPdf(form.heading(report).get(0) + " " + report.month());
        boolean pageInUse = false;
        if (report.sections().size() != 1) {
            writeSummary(pdf, report);
            pageInUse = true;
        }
        for (Section section : report.sections()) {
            if (pageInUse) {
                pdf.newPage();
            }
            writeSection(pdf, report, section);
            pageInUse = true;
        }
        pdf.finish(out, (page, pages) -> form.text("export.page", String.valueOf(page), String.valueOf(pages)));
    }

    private void writeSection(FormPdf pdf, RecapReport report, Section section) {
        pdf.titleBlock(form.heading(report), form.details(report, section));
        List<RecapForm.Column> columns =
                form.columns().stream().filter(column -> !column.detail()).toList();
        PdfPTable table = new PdfPTable(columns.size() + IDENTITY_COLUMNS);
        table.setTotalWidth(widths(columns, pdf.width()));
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        form.identityHeaders().forEach(header -> table.addCell(FormPdf.header(header)));
        columns.forEach(column -> table.addCell(FormPdf.header(column.header())));
        for (Line line : section.lines()) {
            table.addCell(FormPdf.cell(String.valueOf(line.number()), CELL, Element.ALIGN_RIGHT));
            table.addCell(FormPdf.identifier(line.nip()));
            table.addCell(FormPdf.cell(line.name(), CELL, Element.ALIGN_LEFT));
            table.addCell(FormPdf.cell(line.position(), CELL, Element.ALIGN_LEFT));
            columns.forEach(column -> table.addCell(figure(column.ofLine().apply(line.recap()), CELL)));
        }
        PdfPCell totalsLabel = FormPdf.cell(form.text("export.totals"), BOLD_CELL, Element.ALIGN_LEFT);
        totalsLabel.setColspan(IDENTITY_COLUMNS);
        table.addCell(totalsLabel);
        columns.forEach(column -> table.addCell(figure(column.ofTotals().apply(section.totals()), BOLD_CELL)));
        pdf.add(table);
        pdf.note(form.text("export.totals.note"));
        pdf.add(signature(report.signature()));
    }

    private void writeSummary(FormPdf pdf, RecapReport report) {
        pdf.titleBlock(form.heading(report), form.details(report, null));
        PdfPTable table = new PdfPTable(SUMMARY_WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        form.summaryHeaders().forEach(header -> table.addCell(FormPdf.header(header)));
        int number = 0;
        for (Section section : report.sections()) {
            table.addCell(FormPdf.cell(String.valueOf(++number), CELL, Element.ALIGN_RIGHT));
            table.addCell(FormPdf.cell(section.opdCode(), CELL, Element.ALIGN_LEFT));
            table.addCell(FormPdf.cell(section.opdName(), CELL, Element.ALIGN_LEFT));
            form.summaryFigures(section.totals()).forEach(figure -> table.addCell(figure(figure, CELL)));
            table.addCell(FormPdf.cell(form.verification(section), CELL, Element.ALIGN_LEFT));
        }
        PdfPCell totalLabel = FormPdf.cell(form.text("export.totals"), BOLD_CELL, Element.ALIGN_LEFT);
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        form.summaryFigures(Totals.of(report.lines())).forEach(figure -> table.addCell(figure(figure, BOLD_CELL)));
        table.addCell(FormPdf.cell("", BOLD_CELL, Element.ALIGN_LEFT));
        pdf.add(table);
        pdf.note(form.text("export.totals.note"));
        pdf.add(signature(report.signature()));
    }

    /** The signature block, kept whole on one page, in the right third of the page. */
    private PdfPTable signature(RecapReport.Signature signature) {
        RecapForm.SignatureLines lines = form.signature(signature);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(32);
        block.setHorizontalAlignment(Element.ALIGN_RIGHT);
        block.setSpacingBefore(12);
        block.setKeepTogether(true);
        block.addCell(signatureLine(lines.placeAndDate(), SIGNATURE));
        block.addCell(signatureLine(lines.title(), SIGNATURE));
        PdfPCell space = signatureLine("", SIGNATURE);
        space.setFixedHeight(SIGNATURE_SPACE);
        block.addCell(space);
        block.addCell(signatureLine(lines.name(), SIGNATURE_NAME));
        block.addCell(signatureLine(lines.nip(), SIGNATURE));
        return block;
    }

    private static PdfPCell signatureLine(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private PdfPCell figure(Number value, Font font) {
        String text =
                value instanceof BigDecimal percent ? String.format(form.locale(), "%.2f", percent) : value.toString();
        return FormPdf.cell(text, font, Element.ALIGN_RIGHT);
    }

    /**
     * Every column as wide as it needs: No and NIP their figures, each figure column its header's longest word (a
     * header wraps between words, never inside one); Nama and Jabatan share what is left of the page.
     */
    private static float[] widths(List<RecapForm.Column> columns, float pageWidth) {
        float[] widths = new float[IDENTITY_COLUMNS + columns.size()];
        widths[0] = fitting("999");
        widths[1] = FormPdf.nipWidth();
        float used = widths[0] + widths[1];
        for (int i = 0; i < columns.size(); i++) {
            float widest = fitting("99999");
            for (String word : columns.get(i).header().split("\\s+")) {
                widest = Math.max(widest, fitting(word));
            }
            widths[IDENTITY_COLUMNS + i] = widest;
            used += widest;
        }
        float left = pageWidth - used;
        widths[2] = left * NAME_SHARE;
        widths[3] = left - widths[2];
        return widths;
    }

    /** The width of {@code text} in bold, with the cell's padding and a point to spare. */
    private static float fitting(String text) {
        return FormPdf.fitting(text, BOLD_CELL);
    }
}
