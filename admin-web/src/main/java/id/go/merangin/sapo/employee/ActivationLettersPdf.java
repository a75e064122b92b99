package id.go.merangin.sapo.employee;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import id.go.merangin.sapo.shared.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The activation letters an admin OPD prints for the ASN of their OPD who have not registered yet: one A5 page per
 * ASN with their name, NIP, OPD, code and how to register with it, to be handed over in person. The codes are in
 * this file only; SAPO keeps their hashes.
 */
public final class ActivationLettersPdf {

    /** The media type of what {@link #write} writes. */
    public static final String CONTENT_TYPE = "application/pdf";

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Formats.WIB);

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10);
    private static final Font CODE = new Font(Font.COURIER, 28, Font.BOLD);

    private final ResourceBundle messages;
    private final Locale locale;

    public ActivationLettersPdf(ResourceBundle messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Writes one page per letter to {@code out}, which is left open. */
    public void write(List<ActivationLetter> letters, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A5, 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.open();
            if (letters.isEmpty()) {
                document.add(new Paragraph(messages.getString("letter.none"), TEXT));
            }
            for (ActivationLetter letter : letters) {
                document.newPage();
                document.add(new Paragraph(messages.getString("letter.title"), TITLE));
                document.add(spaced(letter.name(), 12));
                document.add(new Paragraph("NIP " + letter.nip(), TEXT));
                document.add(new Paragraph(letter.opdName(), TEXT));
                document.add(spaced(messages.getString("letter.code"), 16));
                Paragraph code = new Paragraph(letter.code(), CODE);
                code.setAlignment(Element.ALIGN_CENTER);
                code.setSpacingBefore(8);
                code.setSpacingAfter(8);
                document.add(code);
                document.add(new Paragraph(
                        new MessageFormat(messages.getString("letter.validUntil"), locale)
                                .format(new Object[] {UNTIL.format(letter.expiresAt())}),
                        TEXT));
                document.add(spaced(messages.getString("letter.steps"), 12));
                document.add(spaced(messages.getString("letter.secret"), 12));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the activation letters could not be written", e);
        }
    }

    private static Paragraph spaced(String text, float before) {
        Paragraph paragraph = new Paragraph(text, TEXT);
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
