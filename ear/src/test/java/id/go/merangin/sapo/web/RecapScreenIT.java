package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly recap screen and the month's close, on January 2026 (a month no other test writes to): a demo ASN who
 * never checked in has every working day as TK at 3 % each, traced day by day to the rule version; the summary of
 * the OPDs in reach; the admin OPD verifies the OPD's recap; BKPSDMD locks the month and unlocks it again, and sees
 * the ASN on the discipline ladder.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecapScreenIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

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
        int workingDays = Integer.parseInt(numbers[0]);
        assertThat(workingDays).isBetween(18, 22);
        assertThat(numbers[1]).as("present").isEqualTo("0");
        assertThat(numbers[4]).as("TK").isEqualTo(String.valueOf(workingDays));
        assertThat(row).contains(String.format("%.2f %%", Math.min(100.0, 3.0 * workingDays)).replace(',', '.'));
        assertThat(browser.has("recap:lock")).isFalse();
        browser.screenshot("recap");

        browser.clickInRow("recap:rows", "Dwi Lestari", "trace");
        assertThat(browser.text("recap:detailName")).isEqualTo("Dwi Lestari, S.Kom.");
        assertThat(browser.rowContaining("recap:detailDays", "05/01/2026")).as("a Monday")
                .contains("TK", "TK 3.00 %", "(DEFAULT)");
        assertThat(browser.rowContaining("recap:detailDays", "01/01/2026")).contains("LIBUR", "Tahun Baru");
        assertThat(browser.rowContaining("recap:detailDays", "03/01/2026")).as("a Saturday")
                .doesNotContain("TK", "%");
        assertThat(browser.text("recap:detailPercent"))
                .isEqualTo(String.format("%.2f", Math.min(100.0, 3.0 * workingDays)).replace(',', '.'));
        browser.screenshot("recap-detail");
        browser.clickVisible("[id='recap:detail'] .ui-dialog-titlebar-close");

        browser.click("recap:showSummary");
        assertThat(browser.rowContaining("recap:sections", "DISKOMINFO")).contains("Dinas Komunikasi");
        assertThat(browser.pageText()).contains("Jumlah");
        browser.screenshot("recap-summary");

        browser.click("recap:verify");
        assertThat(browser.text("recap:verified")).isEqualTo("Diverifikasi oleh admin.diskominfo");
    }

    @Test
    void bkpsdmdSeesWhoIsOnTheDisciplineLadder() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/recap.xhtml");
        assertThat(browser.value("recap:ladderYear_input")).isEqualTo("2026");
        browser.type("recap:ladderSearch", "Dwi Lestari").click("recap:showLadder");

        String row = browser.rowContaining("recap:ladder", "Dwi Lestari");
        int tk = Integer.parseInt(row.replaceAll(".*DISKOMINFO ", "").split("\\s+")[0]);
        assertThat(tk).as("January and February without a CHECK_IN").isGreaterThanOrEqualTo(28);
        assertThat(browser.rowContaining("recap:ladder", "Dwi Lestari")).contains(" 28 ");
        browser.screenshot("recap-ladder");
    }

    @Test
    void bkpsdmdLocksTheMonthAndOpensItAgain() {
        long diskominfo = TestDatabase.number("select id from opd where code = 'DISKOMINFO'");
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/recap.xhtml");
        browser.script("PrimeFaces.getWidgetById('recap:opd').selectValue(arguments[0]);", String.valueOf(diskominfo));
        showJanuary();

        browser.click("recap:lock").confirmYes();
        assertThat(browser.text("recap:locked")).isEqualTo("Bulan dikunci");
        assertThat(browser.has("recap:verify")).isFalse();
        browser.screenshot("recap-locked");

        browser.click("recap:unlock");
        assertThat(browser.text("recap:locked")).isEqualTo("Bulan terbuka");
        assertThat(TestDatabase.number("select count(*) from audit_entry where action in"
                + " ('MONTH_LOCKED', 'MONTH_UNLOCKED') and entity_id = '2026-01'")).isEqualTo(2);
    }
}
