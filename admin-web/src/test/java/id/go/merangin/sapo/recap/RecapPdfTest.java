package id.go.merangin.sapo.recap;

import static id.go.merangin.sapo.recap.NovemberRecap.BUDI_NIP;
import static id.go.merangin.sapo.recap.NovemberRecap.INDONESIAN;
import static id.go.merangin.sapo.recap.NovemberRecap.SIGNER;
import static id.go.merangin.sapo.recap.NovemberRecap.SIGNER_NIP;
import static id.go.merangin.sapo.recap.NovemberRecap.SITI;
import static id.go.merangin.sapo.shared.PdfText.page;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.recap.RecapReport.Line;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RecapPdfTest {

    @Test
    void printsTheSummaryThenEachOpdOnItsOwnPage() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.everyOpd(), INDONESIAN)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(page(pdf, 1))
                    .contains("OPD: seluruh OPD", "Kode OPD", "DISKOMINFO", "BKPSDMD", "Jumlah", "14,50");
            assertThat(page(pdf, 2))
                    .contains("OPD: Dinas Komunikasi dan Informatika", SITI, BUDI_NIP)
                    .doesNotContain("Andi Pratama");
            assertThat(page(pdf, 3)).contains("OPD: " + NovemberRecap.BKPSDMD, "Andi Pratama", "50,00");
        }
    }

    @Test
    void printsEveryPageOnA4Landscape() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.everyOpd(), INDONESIAN)) {
            assertThat(pdf.getPages()).allSatisfy(page -> {
                assertThat(page.getRotation()).isZero();
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            });
        }
    }

    @Test
    void headsEachOpdWithTheFormsTitleBlock() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.everyOpd(), INDONESIAN)) {
            assertThat(page(pdf, 2))
                    .contains(
                            "REKAPITULASI KEHADIRAN APARATUR SIPIL NEGARA",
                            "PEMERINTAH KABUPATEN MERANGIN",
                            "Bulan: November 2026",
                            "Versi aturan rekap: PERBUP-2026",
                            "Diverifikasi oleh: Hendra Gunawan, S.Kom.",
                            "Bulan belum dikunci");
        }
    }

    @Test
    void printsAnAsnsFiguresWithTheIndonesianDecimalComma() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.everyOpd(), INDONESIAN)) {
            assertThat(page(pdf, 2))
                    .contains(BUDI_NIP + " Budi Santoso Analis Kebijakan Ahli Pertama 21 20 18 0 2 0 0 "
                            + "0 0 0 0 1 0 100 80 0 5,00");
            assertThat(page(pdf, 2)).contains("Jumlah 42 41 36 0 4 0 0 2 0 0 0 1 0 192 172 35 4,00");
        }
    }

    @Test
    void printsTheDecimalPointForAnEnglishReader() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.diskominfoOnly(), Locale.ENGLISH)) {
            assertThat(page(pdf, 1))
                    .contains("Month: November 2026", "5.00", "Deduction", "Page 1 of 1")
                    .doesNotContain("Bulan belum dikunci", "The month is not locked");
        }
    }

    @Test
    void endsEachOpdWithTheSignatureBlock() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.everyOpd(), INDONESIAN)) {
            assertThat(page(pdf, 3))
                    .containsSubsequence(
                            "Merangin, 30 November 2026", "Kepala Badan Kepegawaian", SIGNER, "NIP. " + SIGNER_NIP);
        }
    }

    @Test
    void numbersEveryPage() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.everyOpd(), INDONESIAN)) {
            assertThat(IntStream.rangeClosed(1, 3).mapToObj(number -> page(pdf, number)))
                    .satisfiesExactly(
                            page -> assertThat(page).contains("Halaman 1 dari 3"),
                            page -> assertThat(page).contains("Halaman 2 dari 3"),
                            page -> assertThat(page).contains("Halaman 3 dari 3"));
        }
    }

    @Test
    void repeatsTheTablesHeaderOnEveryPageOfALargeOpd() throws IOException {
        List<Line> lines = IntStream.rangeClosed(1, 80)
                .mapToObj(number -> new Line(
                        number,
                        String.format("1990010120150310%02d", number % 100),
                        "Pegawai " + number,
                        "Pelaksana",
                        "RSUD",
                        NovemberRecap.recap(
                                21, 0, NovemberRecap.codes(Map.of("H", 21, "TK", 0)), 0, 0, 0, "0.00", false)))
                .toList();
        RecapReport report = NovemberRecap.report(
                "RSUD Kolonel Abundjani", true, NovemberRecap.section("RSUD", "RSUD Kolonel Abundjani", null, lines));

        try (PDDocument pdf = written(report, INDONESIAN)) {
            List<String> pagesWithLines = IntStream.rangeClosed(1, pdf.getNumberOfPages())
                    .mapToObj(number -> page(pdf, number))
                    .filter(page -> page.contains("Pelaksana"))
                    .toList();

            assertThat(pagesWithLines)
                    .hasSizeGreaterThan(1)
                    .allSatisfy(page -> assertThat(page).contains("PSW4 TK Izin/Cuti/DL"));
            assertThat(pagesWithLines.get(0)).doesNotContain("Pegawai 80");
            assertThat(String.join("", pagesWithLines)).contains("Pegawai 80", "Jumlah");
        }
    }

    @Test
    void writesAnOpdWithoutEmployeesWithAZeroTotalsRow() throws IOException {
        try (PDDocument pdf = written(NovemberRecap.opdWithoutEmployees(), INDONESIAN)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(page(pdf, 1))
                    .contains("OPD: Kecamatan Renah Pembarap", "Jumlah 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0,00", SIGNER);
        }
    }

    private static PDDocument written(RecapReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RecapPdf(NovemberRecap.bundle(locale), locale).write(report, out);
        return Loader.loadPDF(out.toByteArray());
    }
}
