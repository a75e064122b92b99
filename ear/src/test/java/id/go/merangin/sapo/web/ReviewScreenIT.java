package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.organization.Coordinates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attendance review of an admin OPD: today's check-in with its selfie and a refused attempt with its reason and
 * distance, both on the map against the OPD's office; the list exported to XLSX and PDF holds the OPD's own ASN
 * only, every NIP as 18-digit text, in files named by the OPD and the day, the PDF a landscape form with its title;
 * every NIP shows whole on a laptop's screen; a pimpinan reviews without selfies and cannot open one by its URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewScreenIT extends AdminScreenTest {

    /** The Diskominfo office of the demo data, and a spot some 5 km away. */
    private static final Coordinates OFFICE = new Coordinates(-2.0864, 102.2889);

    private static final Coordinates AWAY = new Coordinates(-2.1200, 102.3200);

    /** Cells as a spreadsheet shows them. */
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    /** An ASN of Diskominfo of this test's own, made once the test server (and its schema) is up. */
    private static DemoPhone rina;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @BeforeAll
    static void aRefusedAttemptAndACheckIn() {
        rina = DemoPhone.freshAsnOf("DISKOMINFO", "Rina Marlina Uji");
        ApiClient phone = rina.loggedIn();
        ApiClient.Answer refused = phone.with("Idempotency-Key", "jauh-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", AWAY, 15));
        assertThat(refused.code()).isEqualTo("OUTSIDE_GEOFENCE");
        ApiClient.Answer accepted = phone.with("Idempotency-Key", "kantor-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", OFFICE, 10));
        assertThat(accepted.status()).as(accepted.toString()).isIn(200, 201);
    }

    @Test
    void showsTheDayWithSelfiesRefusalsOnTheMapAndExportsOnlyTheOwnOpd() throws IOException {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/review.xhtml");

        assertThat(browser.rowContaining("review:rows", "Rina Marlina Uji", "Di luar lokasi"))
                .as("about 5 km from the office")
                .containsPattern(" \\d+,\\d km")
                .doesNotContain("Diterima");
        assertThat(browser.rowContaining("review:rows", "Rina Marlina Uji", "Diterima"))
                .contains("Kantor Dinas Komunikasi dan Informatika");
        assertThat(browser.imageLoadedInRowWith("review:rows", "thumb", "Rina Marlina Uji", "Diterima"))
                .as("the selfie thumbnail of Rina's check-in")
                .isTrue();
        assertThat(((Number) browser.script(
                                "return document.querySelectorAll('#map path.leaflet-interactive')" + ".length"))
                        .intValue())
                .as("office fence and the page's positions")
                .isGreaterThanOrEqualTo(3);
        browser.screenshot("review");

        browser.click("review:exportXlsx");
        String sheet = textOf(browser.downloaded(".xlsx"));
        assertThat(sheet)
                .contains("Rina Marlina Uji")
                .contains("Di luar lokasi")
                .doesNotContain("Dinas Kesehatan")
                .doesNotContain("ASN Dasbor");
        browser.click("review:exportPdf");
        assertThat(Files.readString(browser.downloaded(".pdf"), StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
    }

    @Test
    void aSelfiePastItsRetentionSaysSoRatherThanABrokenImage() {
        DemoPhone sari = DemoPhone.freshAsnOf("DISKOMINFO", "Sari Purnama Uji");
        ApiClient.Answer accepted = sari.loggedIn()
                .with("Idempotency-Key", "kantor-" + System.nanoTime())
                .post("/attendance", MobileFixture.checkIn("CHECK_IN", OFFICE, 10));
        assertThat(accepted.status()).as(accepted.toString()).isIn(200, 201);
        // as the nightly retention leaves it: the record of the file, not its bytes
        TestDatabase.execute("update stored_file set content = null, purged_at = now() where id in (select photo_id"
                + " from attendance_event where employee_id = (select id from employee where nip = '" + sari.nip()
                + "'))");

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/review.xhtml");

        assertThat(browser.rowContaining("review:rows", "Sari Purnama Uji", "Diterima"))
                .contains("Dihapus (masa simpan habis)");
        assertThat(browser.failedResources())
                .as("no image asked for that is gone")
                .isEmpty();
    }

    @Test
    void exportsTheListWithEveryNipAsTextNamedByTheOpdAndTheDay() throws IOException {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/review.xhtml");
        // other tests give Diskominfo sub-units, after which the admin's list opens on all of them
        browser.choose("review:opd", "Dinas Komunikasi dan Informatika").click("review:find");
        String day = browser.value("review:from_input");
        String period = day.replace('/', '-') + "_" + day.replace('/', '-');

        browser.click("review:exportXlsx");
        Path xlsx = browser.downloaded("presensi-DISKOMINFO-" + period + ".xlsx");
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> texts = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> texts.add(FORMATTER.formatCellValue(cell))));
            assertThat(texts).as("no EL left unevaluated").noneMatch(text -> text.contains("#{"));
            assertThat(texts)
                    .contains(
                            "DAFTAR KEHADIRAN APARATUR SIPIL NEGARA",
                            "OPD: Dinas Komunikasi dan Informatika",
                            "Periode: " + day + " s.d. " + day + " (waktu WIB)");
            List<Cell> nips = column(sheet, "NIP");
            assertThat(nips).as("a line per event").isNotEmpty().allSatisfy(nip -> {
                assertThat(nip.getCellType()).isEqualTo(CellType.STRING);
                assertThat(nip.getStringCellValue()).matches("\\d{18}");
            });
            assertThat(nips).extracting(Cell::getStringCellValue).contains(rina.nip());
            assertThat(column(sheet, "Tanggal"))
                    .extracting(FORMATTER::formatCellValue)
                    .containsOnly(day);
            assertThat(column(sheet, "Jam"))
                    .extracting(FORMATTER::formatCellValue)
                    .allSatisfy(time -> assertThat(time).matches("\\d{2}:\\d{2}"));
        }

        browser.click("review:exportPdf");
        Path pdfFile = browser.downloaded("presensi-DISKOMINFO-" + period + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            PDPage first = pdf.getPage(0);
            boolean turned = first.getRotation() % 180 != 0;
            float width = turned
                    ? first.getMediaBox().getHeight()
                    : first.getMediaBox().getWidth();
            float height = turned
                    ? first.getMediaBox().getWidth()
                    : first.getMediaBox().getHeight();
            assertThat(width).as("landscape").isGreaterThan(height);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            assertThat(text)
                    .contains(
                            "DAFTAR KEHADIRAN APARATUR SIPIL NEGARA",
                            "PEMERINTAH KABUPATEN MERANGIN",
                            "OPD: Dinas Komunikasi dan Informatika",
                            "Periode: " + day + " s.d. " + day,
                            rina.nip(),
                            "Halaman 1 dari ")
                    .doesNotContain("#{");
        }
    }

    @Test
    void showsEveryNipNameOpdAndLocationWholeOnALaptopScreen() {
        browser.windowSize(1366, 768).logIn("bkpsdmd", DEMO_PASSWORD).open("/review.xhtml");

        browser.screenshot("review-1366");
        for (String column : List.of("NIP", "Nama", "OPD", "Lokasi")) {
            Map<String, Object> cells = browser.clippedCells("review:rows", column);
            assertThat(((Number) cells.get("measured")).intValue())
                    .as(column + " cells on the page")
                    .isPositive();
            assertThat((List<?>) cells.get("clipped"))
                    .as(column + " clipped at 1366×768")
                    .isEmpty();
        }
    }

    /** The cells under header {@code title} of the list, one per line. */
    private static List<Cell> column(Sheet sheet, String title) {
        Row header = null;
        for (Row row : sheet) {
            if (row.getCell(0) != null && "No".equals(FORMATTER.formatCellValue(row.getCell(0)))) {
                header = row;
                break;
            }
        }
        assertThat(header).as("the list's header").isNotNull();
        int index = -1;
        for (Cell cell : header) {
            if (title.equals(FORMATTER.formatCellValue(cell))) {
                index = cell.getColumnIndex();
            }
        }
        assertThat(index).as("column " + title).isNotNegative();
        List<Cell> cells = new ArrayList<>();
        for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
            cells.add(sheet.getRow(i).getCell(index));
        }
        return cells;
    }

    @Test
    void showsAPimpinanNoSelfiesAndRefusesThePhotoUrl() {
        long photo = TestDatabase.number(
                "select max(photo_id) from attendance_event e join employee p"
                        + " on p.id = e.employee_id where p.nip = ?",
                rina.nip());

        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD).open("/review.xhtml");

        assertThat(browser.text("review:rows")).contains("Rina Marlina Uji");
        assertThat(browser.has("review:rows:0:thumb")).isFalse();
        assertThat(browser.statusOf("/files/" + photo)).isEqualTo(403);
    }

    /** Every text in an XLSX (its XML parts), to look for names without a spreadsheet library. */
    private static String textOf(Path xlsx) {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xml")) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
