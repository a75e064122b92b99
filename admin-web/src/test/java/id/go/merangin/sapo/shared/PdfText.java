package id.go.merangin.sapo.shared;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a written PDF as a reader sees it, for the export tests. */
public final class PdfText {

    private PdfText() {}

    /** The text of page {@code number} (from 1), top to bottom, left to right. */
    public static String page(PDDocument pdf, int number) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
