package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recap summary of January 2026 (a month no other test writes to): each OPD in reach with its totals and the
 * grand total, downloaded whole (a summary sheet first when it holds several OPDs); BKPSDMD locks the month, which
 * the OPD's recap then shows and no longer lets anyone verify, and unlocks it again (both audited); an admin OPD has
 * no lock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecapSummaryScreenIT extends AdminScreenTest {

    private static final String DWI_NIP = "198703112011012001";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    private void showJanuary() {
        browser.script("PrimeFaces.getWidgetById('summary:month').selectValue('2026-01');");
        browser.click("summary:show");
    }

    @Test
    void showsEachOpdInReachWithItsTotalsAndDownloadsThemAll() throws IOException {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/recap-summary.xhtml");
        showJanuary();

        assertThat(browser.rowContaining("summary:sections", "DISKOMINFO")).contains("Dinas Komunikasi");
        assertThat(browser.text("summary:sections"))
                .as("the admin OPD's reach only")
                .doesNotContain("BKPSDMD —");
        assertThat(browser.pageText()).contains("Jumlah");
        assertThat(browser.text("summary:locked")).isEqualTo("Bulan terbuka");
        assertThat(browser.has("summary:lock")).as("only BKPSDMD locks a month").isFalse();
        browser.screenshot("recap-summary");

        browser.click("summary:exportXlsx");
        try (Workbook workbook = WorkbookFactory.create(
                browser.downloaded("rekap-semua-opd-2026-01.xlsx").toFile())) {
            assertThat(workbook.getSheetName(0))
                    .as("one OPD in reach: its sheet, no summary sheet")
                    .isEqualTo("DISKOMINFO");
        }
        browser.click("summary:exportCsv");
        List<String> lines =
                Files.readAllLines(browser.downloaded("tpp-semua-opd-2026-01.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("nip,nama,kode_opd,bulan");
        assertThat(lines).anyMatch(line -> line.startsWith(DWI_NIP + ",\"Dwi Lestari, S.Kom.\",DISKOMINFO,2026-01,"));
    }

    @Test
    void bkpsdmdDownloadsEveryOpdLocksTheMonthAndOpensItAgain() throws IOException {
        long audited = TestDatabase.number("select count(*) from audit_entry where action in"
                + " ('MONTH_LOCKED', 'MONTH_UNLOCKED') and entity_id = '2026-01'");
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/recap-summary.xhtml");
        showJanuary();
        browser.click("summary:exportXlsx");
        try (Workbook workbook = WorkbookFactory.create(
                browser.downloaded("rekap-semua-opd-2026-01.xlsx").toFile())) {
            assertThat(workbook.getSheetName(0))
                    .as("every OPD: the summary first")
                    .isEqualTo("Ringkasan");
            assertThat(workbook.getSheet("DISKOMINFO"))
                    .as("then a sheet per OPD")
                    .isNotNull();
        }

        browser.click("summary:lock").confirmYes();
        assertThat(browser.text("summary:messages")).contains("dikunci");
        assertThat(browser.text("summary:locked")).isEqualTo("Bulan dikunci");
        browser.screenshot("recap-locked");

        long diskominfo = TestDatabase.number("select id from opd where code = 'DISKOMINFO'");
        browser.open("/recap.xhtml");
        browser.script("PrimeFaces.getWidgetById('recap:opd').selectValue(arguments[0]);", String.valueOf(diskominfo));
        browser.script("PrimeFaces.getWidgetById('recap:month').selectValue('2026-01');");
        browser.click("recap:show");
        assertThat(browser.text("recap:locked")).isEqualTo("Bulan dikunci");
        assertThat(browser.has("recap:verify"))
                .as("a locked month is not verified again")
                .isFalse();

        browser.open("/recap-summary.xhtml");
        showJanuary();
        browser.click("summary:unlock").confirmYes();
        assertThat(browser.text("summary:locked")).isEqualTo("Bulan terbuka");
        assertThat(TestDatabase.number("select count(*) from audit_entry where action in"
                        + " ('MONTH_LOCKED', 'MONTH_UNLOCKED') and entity_id = '2026-01'"))
                .isEqualTo(audited + 2);
    }
}
