package id.go.merangin.sapo.shared;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A printed form as a PDF, the way every export prints one: A4 landscape with narrow margins, the title block on
 * top (bold centred heading lines, then the details: the OPD, the period), Helvetica 7 pt tables whose header is
 * grey and bold, and "Halaman x dari y" stamped at the foot of every page once the last page is known. The cells
 * are made here too, so that a NIP prints the same in every form: on one line, never split.
 *
 * <p>A form is written top to bottom with {@link #titleBlock}, {@link #add} and {@link #newPage}, then
 * {@link #finish}ed into the response.
 */
public final class FormPdf {

    /** The media type of what {@link #finish} writes. */
    public static final String CONTENT_TYPE = "application/pdf";

    /** A table's text. */
    public static final Font CELL = new Font(Font.HELVETICA, 7);
    /** A table's header, and its totals row. */
    public static final Font BOLD_CELL = new Font(Font.HELVETICA, 7, Font.BOLD);
    /** A note under a table, and the page numbers. */
    public static final Font NOTE = new Font(Font.HELVETICA, 7, Font.ITALIC);

    private static final float MARGIN = 24f;
    private static final float PADDING = 2f;
    private static final float DETAIL_LEADING = 11f;
    private static final Color HEADER_GREY = new Color(0xD9, 0xD9, 0xD9);
    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font DETAIL = new Font(Font.HELVETICA, 8);

    private final ByteArrayOutputStream pages = new ByteArrayOutputStream();
    /** A4 turned on its side as the page itself (not a portrait page with a turn), as printers and readers expect. */
    private final Document document = new Document(
            new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), MARGIN, MARGIN, MARGIN, MARGIN);

    /** A new form whose document properties name it {@code title}. */
    public FormPdf(String title) {
        PdfWriter.getInstance(document, pages);
        document.addTitle(title);
        document.open();
    }

    /** The width a table may take: the page's, less the margins. */
    public float width() {
        return document.right() - document.left();
    }

    /** The heading lines bold and centred, then the details one under another, then a little space. */
    public void titleBlock(List<String> heading, List<String> details) {
        for (String line : heading) {
            Paragraph paragraph = new Paragraph(line, HEADING);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            document.add(paragraph);
        }
        for (int i = 0; i < details.size(); i++) {
            Paragraph detail = new Paragraph(DETAIL_LEADING, details.get(i), DETAIL);
            detail.setSpacingBefore(i == 0 ? DETAIL_LEADING : 0);
            detail.setSpacingAfter(i == details.size() - 1 ? DETAIL_LEADING / 2 : 0);
            document.add(detail);
        }
    }

    /** Adds a table, a note or a block under what is there. */
    public void add(Element element) {
        document.add(element);
    }

    /** A line of italic text under a table. */
    public void note(String text) {
        document.add(new Paragraph(text, NOTE));
    }

    /** Goes on on a new page. */
    public void newPage() {
        document.newPage();
    }

    /**
     * Closes the form and writes it to {@code out} (left open), every page numbered at its foot by
     * {@code pageLabel} (page, pages): "Halaman 2 dari 5".
     */
    public void finish(OutputStream out, BiFunction<Integer, Integer, String> pageLabel) throws IOException {
        document.close();
        byte[] pdf = pages.toByteArray();
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream numbered = new ByteArrayOutputStream(pdf.length + 4096);
        PdfStamper stamper = new PdfStamper(reader, numbered);
        int count = reader.getNumberOfPages();
        for (int page = 1; page <= count; page++) {
            Rectangle size = reader.getPageSizeWithRotation(page);
            ColumnText.showTextAligned(
                    stamper.getOverContent(page),
                    Element.ALIGN_RIGHT,
                    new Phrase(pageLabel.apply(page, count), NOTE),
                    size.getRight() - MARGIN,
                    MARGIN / 2,
                    0);
        }
        stamper.close();
        reader.close();
        numbered.writeTo(out);
    }

    /** A header cell: bold, centred, grey. */
    public static PdfPCell header(String text) {
        PdfPCell cell = cell(text, BOLD_CELL, Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEADER_GREY);
        return cell;
    }

    /**
     * A table cell of {@code text} (blank for {@code null}), wrapping between words; at the top of its row, so that
     * the first lines of a row's cells read across as one line.
     */
    public static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPadding(PADDING);
        return cell;
    }

    /** A NIP's cell: its 18 digits on one line, never wrapped (its column is {@link #nipWidth()} wide). */
    public static PdfPCell identifier(String nip) {
        PdfPCell cell = cell(nip, CELL, Element.ALIGN_LEFT);
        cell.setNoWrap(true);
        return cell;
    }

    /** The width of a NIP's column: 18 digits and the cell's padding. */
    public static float nipWidth() {
        return fitting("999999999999999999", BOLD_CELL);
    }

    /** The width {@code text} takes in {@code font}, with the cell's padding and a point to spare. */
    public static float fitting(String text, Font font) {
        return font.getCalculatedBaseFont(false).getWidthPoint(text, font.getSize()) + 2 * PADDING + 1;
    }

    /**
     * Column widths that fill {@code total} and never split a word: each column gets at least its longest word
     * (of its header in bold, of its cells in {@link #CELL}); then the columns whose longest text lacks least get
     * the room for it first, so short texts stay on one line and only the longest ones wrap, between words. A NIP
     * or a date, having no space, is always whole.
     */
    public static float[] fitted(float total, List<String> headers, Iterable<List<String>> rows) {
        int columns = headers.size();
        float[] least = new float[columns];
        float[] wanted = new float[columns];
        for (int i = 0; i < columns; i++) {
            least[i] = longestWord(headers.get(i), BOLD_CELL);
            wanted[i] = least[i];
        }
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                String text = row.get(i) == null ? "" : row.get(i);
                least[i] = Math.max(least[i], longestWord(text, CELL));
                wanted[i] = Math.max(wanted[i], fitting(text, CELL));
            }
        }
        float leastSum = sum(least);
        float[] widths = least.clone();
        if (leastSum >= total) {
            // more words than the page holds side by side: shrink every column alike
            for (int i = 0; i < columns; i++) {
                widths[i] = least[i] * total / leastSum;
            }
            return widths;
        }
        // the room shared out from the column that lacks least: each gets what it lacks or an equal share of
        // what is left, whichever is less, so short texts stay on one line and the longest ones wrap
        float room = total - leastSum;
        Integer[] byLack = new Integer[columns];
        for (int i = 0; i < columns; i++) {
            byLack[i] = i;
        }
        Arrays.sort(byLack, Comparator.comparingDouble(i -> wanted[i] - least[i]));
        for (int k = 0; k < columns; k++) {
            int i = byLack[k];
            float given = Math.min(wanted[i] - least[i], room / (columns - k));
            widths[i] += given;
            room -= given;
        }
        float left = total - sum(widths);
        if (left > 0) {
            float wantedSum = sum(wanted);
            for (int i = 0; i < columns; i++) {
                widths[i] += left * wanted[i] / wantedSum;
            }
        }
        return widths;
    }

    private static float longestWord(String text, Font font) {
        float widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, fitting(word, font));
        }
        return widest;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}
