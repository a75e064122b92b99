package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ASN master list on the ASN screen: an admin OPD imports an XLSX with good and bad rows and reads which rows
 * were refused and why (a bad NIP, a birth date that disagrees with the NIP, an unknown OPD, another OPD); the good
 * rows are ASN at once. One ASN is added by hand, their record corrected, and a personal schedule given.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsnImportIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    /** A NIP born on {@code birth}, appointed January 2015, never seen before in this run. */
    private static String nip(LocalDate birth) {
        return birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "2015012"
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
    }

    @Test
    void importsGoodRowsAndReportsEachBadOneWithItsReason() throws IOException {
        LocalDate firstBirth = LocalDate.of(1991, 4, 12);
        LocalDate secondBirth = LocalDate.of(1993, 8, 30);
        String first = nip(firstBirth);
        String second = nip(secondBirth);
        Path xlsx = Files.createTempFile("data-asn", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("ASN");
            row(sheet, 0, "NIP", "Nama", "Tanggal Lahir", "Kode OPD", "Jabatan", "Pangkat/Golongan", "TMT");
            row(
                    sheet,
                    1,
                    first,
                    "Rudi Hartono",
                    "12/04/1991",
                    "DISKOMINFO",
                    "Pranata Komputer",
                    "Penata (III/c)",
                    "15/02/2026");
            row(sheet, 2, second, "Sri Wahyuni", "30/08/1993", "DISKOMINFO", "Analis Data", "Penata Muda (III/a)");
            row(sheet, 3, "12345", "Salah NIP", "01/01/1990", "DISKOMINFO", "Pelaksana", "Pengatur (II/c)");
            row(
                    sheet,
                    4,
                    nip(LocalDate.of(1990, 1, 1)),
                    "Beda Tanggal",
                    "02/01/1990",
                    "DISKOMINFO",
                    "Pelaksana",
                    "Pengatur (II/c)");
            row(
                    sheet,
                    5,
                    nip(LocalDate.of(1989, 5, 5)),
                    "OPD Tak Ada",
                    "05/05/1989",
                    "DINAS-KHAYALAN",
                    "Pelaksana",
                    "Pengatur (II/c)");
            row(
                    sheet,
                    6,
                    nip(LocalDate.of(1988, 6, 6)),
                    "Orang Dinkes",
                    "06/06/1988",
                    "DINKES",
                    "Perawat",
                    "Pengatur (II/c)");
            book.write(out);
        }

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn.xhtml");
        browser.click("asn:openImport").upload("asn:file", xlsx).waitFor("asn:summary");

        assertThat(browser.text("asn:summary")).contains("2 baru").contains("4 ditolak");
        String report = browser.text("asn:rejected");
        assertThat(browser.rowContaining("asn:rejected", "NIP tidak valid.")).startsWith("4");
        assertThat(browser.rowContaining("asn:rejected", "Tanggal lahir tidak sesuai"))
                .startsWith("5");
        assertThat(browser.rowContaining("asn:rejected", "Kode OPD tidak dikenal."))
                .startsWith("6");
        assertThat(browser.rowContaining("asn:rejected", "di luar wewenang")).startsWith("7");
        assertThat(report).doesNotContain("Rudi Hartono");
        browser.screenshot("asn-import-report");

        browser.type("asn:search", first).click("asn:find");
        assertThat(browser.rowContaining("asn:rows", first))
                .contains("Rudi Hartono")
                .contains("Belum mendaftar");
        assertThat(TestDatabase.number(
                        "select count(*) from employee where nip = ? and appointment_date" + " = date '2026-02-15'",
                        first))
                .as("the TMT column")
                .isOne();
        assertThat(TestDatabase.number(
                        "select count(*) from employee where nip = ? and appointment_date" + " = date '2015-01-01'",
                        second))
                .as("a blank TMT: the NIP's month")
                .isOne();
        // the admin hands the imported ASN an activation code, with which they register from the app
        browser.type("asn:search", second).click("asn:find").click("asn:rows:0:open");
        browser.click("asn:issueCode").confirmYes();
        String code = browser.text("asn:activationCode");
        assertThat(DemoPhone.of(second, secondBirth.toString()).register(code).status())
                .as("an imported ASN registers from the app")
                .isEqualTo(201);
    }

    @Test
    void movesAnAsnFromTheTransferDateAndEndsAnotherAsTheFileSays() throws IOException {
        DemoPhone moving = DemoPhone.freshAsnOf("DISKOMINFO", "Andi Mutasi Uji");
        DemoPhone retiring = DemoPhone.freshAsnOf("DISKOMINFO", "Bambang Pensiun Uji");
        DemoPhone early = DemoPhone.freshAsnOf("DISKOMINFO", "Citra Terlalu Cepat Uji");
        Path xlsx = Files.createTempFile("data-asn", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("ASN");
            row(
                    sheet,
                    0,
                    "NIP",
                    "Nama",
                    "Tanggal Lahir",
                    "Kode OPD",
                    "Jabatan",
                    "Pangkat/Golongan",
                    "Tanggal Berhenti",
                    "Alasan Berhenti",
                    "TMT Mutasi");
            row(
                    sheet,
                    1,
                    moving.nip(),
                    "Andi Mutasi Uji",
                    birth(moving),
                    "BKPSDMD",
                    "Pelaksana",
                    "Pengatur (II/c)",
                    "",
                    "",
                    "16/02/2026");
            row(
                    sheet,
                    2,
                    retiring.nip(),
                    "Bambang Pensiun Uji",
                    birth(retiring),
                    "DISKOMINFO",
                    "Pelaksana",
                    "Pengatur (II/c)",
                    "10/02/2026",
                    "Pensiun",
                    "");
            row(
                    sheet,
                    3,
                    early.nip(),
                    "Citra Terlalu Cepat Uji",
                    birth(early),
                    "BKPSDMD",
                    "Pelaksana",
                    "Pengatur (II/c)",
                    "",
                    "",
                    "01/12/2026");
            book.write(out);
        }

        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/asn.xhtml");
        browser.click("asn:openImport").upload("asn:file", xlsx).waitFor("asn:summary");

        assertThat(browser.text("asn:summary")).contains("2 diperbarui").contains("1 ditolak");
        assertThat(browser.rowContaining("asn:rejected", "Pindah OPD ditolak")).startsWith("4");
        assertThat(TestDatabase.number(
                        "select count(*) from past_posting p join employee e on e.id = p.employee_id"
                                + " join opd o on o.id = p.opd_id where e.nip = ? and o.code = 'DISKOMINFO'"
                                + " and p.until_date = date '2026-02-15'",
                        moving.nip()))
                .as("the days before stay DISKOMINFO's")
                .isOne();
        assertThat(TestDatabase.number(
                        "select count(*) from employee e join opd o on o.id = e.opd_id"
                                + " where e.nip = ? and o.code = 'BKPSDMD'",
                        moving.nip()))
                .isOne();
        assertThat(TestDatabase.number(
                        "select count(*) from employee where nip = ? and end_date = date '2026-02-10'"
                                + " and end_reason = 'PENSIUN'",
                        retiring.nip()))
                .isOne();
        assertThat(TestDatabase.number(
                        "select count(*) from employee e join opd o on o.id = e.opd_id"
                                + " where e.nip = ? and o.code = 'DISKOMINFO'",
                        early.nip()))
                .as("a future move: unchanged")
                .isOne();
    }

    /** The birth date of a test ASN as the file writes it: the NIP's first eight digits, dd/MM/yyyy. */
    private static String birth(DemoPhone asn) {
        return LocalDate.parse(asn.nip().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    @Test
    void addsAnAsnByHandAndGivesThemAShift() {
        LocalDate birth = LocalDate.of(1995, 2, 14);
        String nip = nip(birth);

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn.xhtml");
        browser.click("asn:newAsn");
        browser.type("asn:nip", nip)
                .type("asn:name", "Teguh Santoso")
                .typeDate("asn:birthDate", "14/02/1995")
                .type("asn:position", "Operator Layanan")
                .type("asn:rank", "Pengatur (II/c)");
        browser.click("asn:add");
        assertThat(browser.text("asn:messages")).contains("ASN ditambahkan.");
        assertThat(browser.rowContaining("asn:rows", nip)).contains("Teguh Santoso");

        browser.click("asn:rows:0:open");
        browser.click("asn:edit")
                .type("asn:editRank", "Pengatur Tingkat I (II/d)")
                .click("asn:saveEdit");
        assertThat(browser.text("asn:messages")).contains("Data ASN disimpan.");
        assertThat(browser.text("asn:detail")).contains("Pengatur Tingkat I (II/d)");

        browser.type("asn:scheduleName", "Shift malam layanan").typeDate("asn:scheduleFrom", "01/03/2026");
        browser.type("asn:days:0:start", "1400")
                .type("asn:days:0:end", "2200")
                .type("asn:days:0:breakStart", "1800")
                .type("asn:days:0:breakEnd", "1830");
        browser.click("asn:defineSchedule");

        assertThat(browser.text("asn:messages")).contains("Jadwal disimpan.");
        assertThat(browser.text("asn:schedules"))
                .contains("Shift malam layanan")
                .contains("Sen 14:00–22:00");
        browser.screenshot("asn-personal-schedule");
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
