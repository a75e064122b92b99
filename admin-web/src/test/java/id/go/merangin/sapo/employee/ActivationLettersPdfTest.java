package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ActivationLettersPdfTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Instant UNTIL = Instant.parse("2026-04-01T03:00:00Z");

    @Test
    void printsOneLetterPerAsnWithTheirCodeAndHowToRegister() throws IOException {
        List<ActivationLetter> letters = List.of(
                new ActivationLetter(
                        "199609272021011003", "Rahmat Hidayat, S.Kom.", "Dinas Kesehatan", "K7QM-4XPR", UNTIL),
                new ActivationLetter("199712022022072001", "Putri Ayu Lestari", "Dinas Kesehatan", "B3HT-9WNA", UNTIL));

        try (PDDocument pdf = written(letters)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(page(pdf, 1))
                    .contains(
                            "Kode Aktivasi Aplikasi SAPO",
                            "Rahmat Hidayat, S.Kom.",
                            "NIP 199609272021011003",
                            "Dinas Kesehatan",
                            "K7QM-4XPR",
                            "01/04/2026 10:00 WIB",
                            "Daftar")
                    .doesNotContain("B3HT-9WNA");
            assertThat(page(pdf, 2)).contains("Putri Ayu Lestari", "B3HT-9WNA");
        }
    }

    @Test
    void saysSoWhenEveryAsnHasRegistered() throws IOException {
        try (PDDocument pdf = written(List.of())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(page(pdf, 1)).contains("sudah mendaftar");
        }
    }

    private static PDDocument written(List<ActivationLetter> letters) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActivationLettersPdf(ResourceBundle.getBundle("id.go.merangin.sapo.web.messages", INDONESIAN), INDONESIAN)
                .write(letters, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }
}
