package id.go.merangin.sapo.attendance;

import static id.go.merangin.sapo.attendance.MarchReview.HENDRA_NIP;
import static id.go.merangin.sapo.attendance.MarchReview.INDONESIAN;
import static id.go.merangin.sapo.attendance.MarchReview.RINA_NIP;
import static id.go.merangin.sapo.shared.PdfText.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ReviewPdfTest {

    @Test
    void printsOnA4Landscape() throws IOException {
        try (PDDocument pdf = written(MarchReview.everyOpd(120), INDONESIAN)) {
            assertThat(pdf.getPages()).allSatisfy(page -> {
                PDRectangle size = page.getMediaBox();
                assertThat(page.getRotation()).isZero();
                assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
                assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            });
        }
    }

    @Test
    void headsTheListWithItsTitleTheOpdAndThePeriod() throws IOException {
        try (PDDocument pdf = written(MarchReview.diskominfo(), INDONESIAN)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("DAFTAR KEHADIRAN APARATUR SIPIL NEGARA");
            assertThat(page(pdf, 1))
                    .containsSubsequence(
                            "DAFTAR KEHADIRAN APARATUR SIPIL NEGARA",
                            "PEMERINTAH KABUPATEN MERANGIN",
                            "OPD: Dinas Komunikasi dan Informatika",
                            "Periode: 02/03/2026 s.d. 06/03/2026 (waktu WIB)",
                            "Jumlah baris: 4");
        }
    }

    @Test
    void printsEachEventOnOneLineWithItsNipWholeAndNoPlaceholder() throws IOException {
        try (PDDocument pdf = written(MarchReview.diskominfo(), INDONESIAN)) {
            String text = page(pdf, 1);

            assertThat(text)
                    .contains(
                            "1 04/03/2026 17:02 " + HENDRA_NIP + " Hendra Gunawan, S.Kom.",
                            "3 03/03/2026 08:05 " + RINA_NIP + " Rina Marlina",
                            "Di luar lokasi",
                            "4988 15 Tidak disebut",
                            "Pulang (Manual)",
                            "TL1",
                            "Lokasi palsu")
                    .doesNotContain("#{", "null");
        }
    }

    @Test
    void neverSplitsAWordAcrossLines() throws IOException {
        ReviewReport report = MarchReview.everyOpd(30);
        try (PDDocument pdf = written(report, INDONESIAN)) {
            List<String> words = Arrays.asList(page(pdf, 1).split("\\s+"));

            assertThat(words)
                    .contains(
                            "Kepegawaian",
                            "Pengembangan",
                            "Panjang",
                            "Informatika",
                            "sapo-android/2.1",
                            "02/03/2026",
                            report.rows().get(0).nip());
            for (ReviewRow row : report.rows().subList(0, 10)) {
                assertThat(words).contains(row.nip());
            }
        }
    }

    @Test
    void repeatsTheHeaderAndNumbersEveryPage() throws IOException {
        try (PDDocument pdf = written(MarchReview.everyOpd(120), INDONESIAN)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(IntStream.rangeClosed(1, pages).mapToObj(number -> page(pdf, number)))
                    .allSatisfy(page -> assertThat(page).contains("No Tanggal Jam NIP Nama OPD Jenis Hasil Kode"))
                    .allSatisfy(page -> assertThat(page).containsPattern("Halaman \\d+ dari " + pages));
            assertThat(page(pdf, pages)).contains("Halaman " + pages + " dari " + pages, "120 02/03/2026 07:25");
            assertThat(page(pdf, 1))
                    .contains(
                            "OPD: seluruh OPD",
                            "Saringan: Diterima, hanya yang perlu diperiksa, NIP atau nama \"Pegawai\"");
        }
    }

    @Test
    void saysSoWhenTheListIsEmpty() throws IOException {
        ReviewReport empty = MarchReview.report(
                MarchReview.DISKOMINFO, "DISKOMINFO", MarchReview.diskominfo().filter(), List.of());
        try (PDDocument pdf = written(empty, INDONESIAN)) {
            assertThat(page(pdf, 1))
                    .contains("Tidak ada absen pada rentang ini.", "Jumlah baris: 0", "Halaman 1 dari 1");
        }
    }

    @Test
    void speaksEnglishToAnEnglishOfficer() throws IOException {
        try (PDDocument pdf = written(MarchReview.diskominfo(), Locale.ENGLISH)) {
            assertThat(page(pdf, 1))
                    .contains(
                            "ATTENDANCE LIST OF CIVIL SERVANTS (ASN)",
                            "Period: 02/03/2026 to 06/03/2026 (WIB times)",
                            "Page 1 of 1",
                            "Outside the location");
        }
    }

    private static PDDocument written(ReviewReport report, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewPdf(MarchReview.bundle(locale), locale).write(report, out);
        return Loader.loadPDF(out.toByteArray());
    }
}
