package id.go.merangin.sapo.attendance;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import id.go.merangin.sapo.shared.FormPdf;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes the filtered attendance list ({@link ReviewReport}) as a PDF to print on A4: landscape, the title block
 * with the OPD and the period, then a table of a line per event (its header repeated on every page) whose columns
 * are as wide as their words need, so no word is split; every page numbered "Halaman x dari y".
 */
public final class ReviewPdf {

    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = FormPdf.CONTENT_TYPE;

    private final ReviewForm form;

    /**
     * @param bundle the admin screens' messages, for the labels
     * @param locale for the labels' placeholders
     */
    public ReviewPdf(ResourceBundle bundle, Locale locale) {
        this.form = new ReviewForm(bundle, locale);
    }

    /** Writes {@code report} to {@code out} as PDF; {@code out} is left open. */
    public void write(ReviewReport report, OutputStream out) throws IOException {
        List<String> heading = form.heading(report);
        FormPdf pdf = new FormPdf(heading.get(0));
        pdf.titleBlock(heading, form.details(report));

        List<ReviewForm.Column> columns = form.columns();
        List<String> headers = form.headers();
        List<List<String>> lines = new ArrayList<>(report.rows().size());
        int number = 0;
        for (ReviewRow row : report.rows()) {
            List<String> line = new ArrayList<>(headers.size());
            line.add(String.valueOf(++number));
            columns.forEach(column -> line.add(column.text(row)));
            lines.add(line);
        }

        PdfPTable table = new PdfPTable(headers.size());
        table.setTotalWidth(FormPdf.fitted(pdf.width(), headers, lines));
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        headers.forEach(header -> table.addCell(FormPdf.header(header)));
        for (List<String> line : lines) {
            table.addCell(FormPdf.cell(line.get(0), FormPdf.CELL, Element.ALIGN_RIGHT));
            for (int i = 0; i < columns.size(); i++) {
                ReviewForm.Column column = columns.get(i);
                String text = line.get(i + 1);
                table.addCell(
                        switch (column.kind()) {
                            case NIP -> FormPdf.identifier(text);
                            case METRES -> FormPdf.cell(text, FormPdf.CELL, Element.ALIGN_RIGHT);
                            case DATE, TEXT -> FormPdf.cell(text, FormPdf.CELL, Element.ALIGN_LEFT);
                        });
            }
        }
        if (lines.isEmpty()) {
            var empty = FormPdf.cell(form.text("review.empty"), FormPdf.CELL, Element.ALIGN_CENTER);
            empty.setColspan(headers.size());
            table.addCell(empty);
        }
        pdf.add(table);
        pdf.finish(out, (page, pages) -> form.text("export.page", String.valueOf(page), String.valueOf(pages)));
    }
}
