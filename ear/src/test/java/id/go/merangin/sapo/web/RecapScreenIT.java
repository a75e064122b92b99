package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An OPD's monthly recap, on January 2026 (a month no other test writes to): a demo ASN who never checked in has each
 * of the month's 20 working days as TK at 3 %, traced day by day to the rule version; the admin OPD verifies the
 * OPD's recap and downloads it as BKPSDMD's form and as the payroll's CSV.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecapScreenIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    private static final String DWI_NIP = "198703112011012001";

    private void showJanuary() {
        browser.script("PrimeFaces.getWidgetById('recap:month').selectValue('2026-01');");
        browser.click("recap:show");
    }

    @Test
    void showsEachAsnsMonthAndTheAdminVerifiesIt() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/recap.xhtml");
        showJanuary();

        String row = browser.rowContaining("recap:rows", "Dwi Lestari");
        String[] numbers = row.replaceAll(".*Dwi Lestari, S.Kom. ", "").split("\\s+");
        assertThat(numbers[0])
                .as("working days: 22 weekdays but 1 and 16 January")
                .isEqualTo("20");
        assertThat(numbers[1]).as("present").isEqualTo("0");
        assertThat(numbers[4]).as("TK").isEqualTo("20");
        assertThat(row).as("20 TK at 3 %, with the Indonesian decimal comma").contains("60,0 %");
        assertThat(browser.text("recap:month_label"))
                .as("the month by its name")
                .isEqualTo("Januari 2026");
        assertThat(browser.pageText()).doesNotContain("2026-01", "2.026", ".00 %");
        assertThat(browser.has("recap:lock"))
                .as("the month is locked on the summary")
                .isFalse();
        browser.screenshot("recap");

        browser.clickInRow("recap:rows", "Dwi Lestari", "trace");
        assertThat(browser.text("recap:detailName")).isEqualTo("Dwi Lestari, S.Kom.");
        assertThat(browser.rowContaining("recap:detailDays", "05/01/2026"))
                .as("a Monday")
                .contains("TK", "TK 3,0 %", "(DEFAULT)");
        assertThat(browser.rowContaining("recap:detailDays", "01/01/2026")).contains("LIBUR", "Tahun Baru");
        assertThat(browser.rowContaining("recap:detailDays", "03/01/2026"))
                .as("a Saturday")
                .doesNotContain("TK", "%");
        assertThat(browser.text("recap:detailPercent")).isEqualTo("60,0 %");
        browser.screenshot("recap-detail");
        browser.clickVisible("[id='recap:detail'] .ui-dialog-titlebar-close");

        browser.click("recap:verify").confirmYes();
        assertThat(browser.text("recap:verified")).isEqualTo("Diverifikasi oleh admin.diskominfo");
    }

    @Test
    void exportsTheMonthAsBkpsdmdsFormAndForThePayroll() throws IOException {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/recap.xhtml");
        showJanuary();
        String row = browser.rowContaining("recap:rows", "Dwi Lestari");
        String percent = new BigDecimal(
                        row.replaceAll("(?s).* ([0-9]+,[0-9]{1,2}) %.*", "$1").replace(',', '.'))
                .setScale(2)
                .toPlainString();

        browser.click("recap:exportXlsx");
        try (Workbook workbook = WorkbookFactory.create(
                browser.downloaded("rekap-DISKOMINFO-2026-01.xlsx").toFile())) {
            Sheet sheet = workbook.getSheet("DISKOMINFO");
            assertThat(sheet).as("a sheet named by the OPD's code").isNotNull();
            assertThat(rowWith(sheet, "Bulan: Januari 2026"))
                    .as("the month in the title block")
                    .isNotNull();
            Row header = rowWith(sheet, "Potongan (%)");
            int deduction = columnOf(header, "Potongan (%)");
            Row dwi = rowWith(sheet, DWI_NIP);
            Cell nip = dwi.getCell(columnOf(header, "NIP"));
            assertThat(nip.getCellType()).as("NIP as text").isEqualTo(CellType.STRING);
            assertThat(dwi.getCell(deduction).getNumericCellValue()).isEqualTo(Double.parseDouble(percent));
            assertThat(dwi.getCell(columnOf(header, "TK")).getNumericCellValue())
                    .isEqualTo(dwi.getCell(columnOf(header, "Hari kerja")).getNumericCellValue());
            assertThat(rowWith(sheet, "Jumlah")).as("the totals row").isNotNull();
            assertThat(rowWith(sheet, "Kepala Dinas Komunikasi dan Informatika"))
                    .as("the signature block")
                    .isNotNull();
            int nipColumn = columnOf(header, "NIP");
            for (int i = header.getRowNum() + 1; i <= sheet.getLastRowNum(); i++) {
                Cell cell = sheet.getRow(i) == null ? null : sheet.getRow(i).getCell(nipColumn);
                if (cell != null
                        && cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().matches("\\d+")) {
                    assertThat(cell.getStringCellValue())
                            .as("a NIP's 18 digits")
                            .hasSize(18);
                }
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    throw new AssertionError("a NIP as a number on row " + (i + 1));
                }
            }
            for (Row any : sheet) {
                for (Cell cell : any) {
                    assertThat(cell.toString()).doesNotContain("#{");
                }
            }
        }

        browser.click("recap:exportPdf");
        try (PDDocument pdf = Loader.loadPDF(
                browser.downloaded("rekap-DISKOMINFO-2026-01.pdf").toFile())) {
            PDPage first = pdf.getPage(0);
            boolean turned = first.getRotation() % 180 != 0;
            float width = turned
                    ? first.getMediaBox().getHeight()
                    : first.getMediaBox().getWidth();
            float height = turned
                    ? first.getMediaBox().getWidth()
                    : first.getMediaBox().getHeight();
            assertThat(width).as("landscape").isGreaterThan(height);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Bulan: Januari 2026", "OPD: Dinas Komunikasi dan Informatika", "Halaman 1 dari ")
                    .doesNotContain("#{");
            assertThat(text)
                    .contains(
                            "REKAPITULASI KEHADIRAN",
                            "PEMERINTAH KABUPATEN MERANGIN",
                            "Januari 2026",
                            "Dinas Komunikasi dan Informatika",
                            DWI_NIP,
                            percent.replace('.', ','),
                            "Kepala Dinas Komunikasi dan Informatika");
        }

        browser.click("recap:exportCsv");
        List<String> lines =
                Files.readAllLines(browser.downloaded("tpp-DISKOMINFO-2026-01.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("nip,nama,kode_opd,bulan");
        assertThat(lines)
                .anyMatch(line -> line.startsWith(DWI_NIP + ",\"Dwi Lestari, S.Kom.\",DISKOMINFO,2026-01,")
                        && line.contains("," + percent + ","));
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no cell " + text + " in " + sheet.getSheetName());
    }

    private static int columnOf(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(title)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void showsEveryNipWholeOnALaptopScreen() {
        browser.windowSize(1366, 768).logIn("admin.diskominfo", DEMO_PASSWORD).open("/recap.xhtml");
        showJanuary();

        Map<String, Object> nips = browser.clippedCells("recap:rows", "NIP");
        browser.screenshot("recap-1366");
        assertThat(((Number) nips.get("measured")).intValue())
                .as("NIP cells on the page")
                .isPositive();
        assertThat((List<?>) nips.get("clipped")).as("NIPs clipped at 1366×768").isEmpty();
    }
}
