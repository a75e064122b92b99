package id.go.merangin.sapo.recap;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import id.go.merangin.sapo.recap.RecapReport.Line;
import id.go.merangin.sapo.recap.RecapReport.Section;
import id.go.merangin.sapo.recap.RecapReport.Totals;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
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
 * <p>The leave types are counted together in one column (Izin/Cuti/DL) and holidays are left out, for the page's
 * width; the workbook ({@link RecapWorkbook}) has every code on its own.
 */
public final class RecapPdf {

    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = "application/pdf";

    private static final float MARGIN = 24f;
    private static final float PADDING = 2f;
    private static final int IDENTITY_COLUMNS = 4;
    private static final float NAME_SHARE = 0.55f;
    private static final float[] SUMMARY_WIDTHS = {2.2f, 6f, 24f, 3.5f, 4.5f, 4.5f, 3.5f, 6f, 12f};
    private static final float SIGNATURE_SPACE = 40f;
    private static final float DETAIL_LEADING = 11f;
    private static final Color HEADER_GREY = new Color(0xD9, 0xD9, 0xD9);

    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font DETAIL = new Font(Font.HELVETICA, 8);
    private static final Font NOTE = new Font(Font.HELVETICA, 7, Font.ITALIC);
    private static final Font CELL = new Font(Font.HELVETICA, 7);
    private static final Font BOLD_CELL = new Font(Font.HELVETICA, 7, Font.BOLD);
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
        ByteArrayOutputStream pages = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter.getInstance(document, pages);
        document.addTitle(form.heading(report).get(0) + " " + report.month());
        document.open();
        boolean pageInUse = false;
        if (report.sections().size() != 1) {
            writeSummary(document, report);
            pageInUse = true;
        }
        for (Section section : report.sections()) {
            if (pageInUse) {
                document.newPage();
            }
            writeSection(document, report, section);
            pageInUse = true;
        }
        document.close();
        numberPages(pages.toByteArray(), out);
    }

    private void writeSection(Document document, RecapReport report, Section section) {
        titleBlock(document, report, section);
        List<RecapForm.Column> columns = form.columns().stream().filter(column -> !column.detail()).toList();
        PdfPTable table = new PdfPTable(columns.size() + IDENTITY_COLUMNS);
        table.setTotalWidth(widths(columns, document.right() - document.left()));
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        form.identityHeaders().forEach(header -> table.addCell(header(header)));
        columns.forEach(column -> table.addCell(header(column.header())));
        for (Line line : section.lines()) {
            table.addCell(cell(String.valueOf(line.number()), CELL, Element.ALIGN_RIGHT));
            table.addCell(cell(line.nip(), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(line.name(), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(line.position(), CELL, Element.ALIGN_LEFT));
            columns.forEach(column -> table.addCell(figure(column.ofLine().apply(line.recap()), CELL)));
        }
        PdfPCell totalsLabel = cell(form.text("export.totals"), BOLD_CELL, Element.ALIGN_LEFT);
        totalsLabel.setColspan(IDENTITY_COLUMNS);
        table.addCell(totalsLabel);
        columns.forEach(column -> table.addCell(figure(column.ofTotals().apply(section.totals()), BOLD_CELL)));
        document.add(table);
        document.add(new Paragraph(form.text("export.totals.note"), NOTE));
        document.add(signature(report.signature()));
    }

    private void writeSummary(Document document, RecapReport report) {
        titleBlock(document, report, null);
        PdfPTable table = new PdfPTable(SUMMARY_WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        form.summaryHeaders().forEach(header -> table.addCell(header(header)));
        int number = 0;
        for (Section section : report.sections()) {
            table.addCell(cell(String.valueOf(++number), CELL, Element.ALIGN_RIGHT));
            table.addCell(cell(section.opdCode(), CELL, Element.ALIGN_LEFT));
            table.addCell(cell(section.opdName(), CELL, Element.ALIGN_LEFT));
            form.summaryFigures(section.totals()).forEach(figure -> table.addCell(figure(figure, CELL)));
            table.addCell(cell(form.verification(section), CELL, Element.ALIGN_LEFT));
        }
        PdfPCell totalLabel = cell(form.text("export.totals"), BOLD_CELL, Element.ALIGN_LEFT);
        totalLabel.setColspan(3);
        table.addCell(totalLabel);
        form.summaryFigures(Totals.of(report.lines())).forEach(figure -> table.addCell(figure(figure, BOLD_CELL)));
        table.addCell(cell("", BOLD_CELL, Element.ALIGN_LEFT));
        document.add(table);
        document.add(new Paragraph(form.text("export.totals.note"), NOTE));
        document.add(signature(report.signature()));
    }

    private void titleBlock(Document document, RecapReport report, Section section) {
        for (String line : form.heading(report)) {
            Paragraph heading = new Paragraph(line, HEADING);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
        }
        List<String> details = form.details(report, section);
        for (int i = 0; i < details.size(); i++) {
            Paragraph detail = new Paragraph(DETAIL_LEADING, details.get(i), DETAIL);
            detail.setSpacingBefore(i == 0 ? DETAIL_LEADING : 0);
            detail.setSpacingAfter(i == details.size() - 1 ? DETAIL_LEADING / 2 : 0);
            document.add(detail);
        }
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

    private static PdfPCell header(String text) {
        PdfPCell cell = cell(text, BOLD_CELL, Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER_GREY);
        return cell;
    }

    private PdfPCell figure(Number value, Font font) {
        String text = value instanceof BigDecimal percent ? String.format(form.locale(), "%.2f", percent)
                : value.toString();
        return cell(text, font, Element.ALIGN_RIGHT);
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(PADDING);
        return cell;
    }

    /**
     * Every column as wide as it needs: No and NIP their figures, each figure column its header's longest word (a
     * header wraps between words, never inside one); Nama and Jabatan share what is left of the page.
     */
    private static float[] widths(List<RecapForm.Column> columns, float pageWidth) {
        float[] widths = new float[IDENTITY_COLUMNS + columns.size()];
        widths[0] = fitting("999");
        widths[1] = fitting("999999999999999999");
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
        return BOLD_CELL.getCalculatedBaseFont(false).getWidthPoint(text, BOLD_CELL.getSize()) + 2 * PADDING + 1;
    }

    /** Stamps "Halaman x dari y" at the foot of every page, now that y is known. */
    private void numberPages(byte[] pdf, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream numbered = new ByteArrayOutputStream(pdf.length + 4096);
        PdfStamper stamper = new PdfStamper(reader, numbered);
        int pages = reader.getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = reader.getPageSizeWithRotation(page);
            Phrase text = new Phrase(form.text("export.page", String.valueOf(page), String.valueOf(pages)), NOTE);
            ColumnText.showTextAligned(stamper.getOverContent(page), Element.ALIGN_RIGHT, text,
                    size.getRight() - MARGIN, MARGIN / 2, 0);
        }
        stamper.close();
        reader.close();
        numbered.writeTo(out);
    }
}
