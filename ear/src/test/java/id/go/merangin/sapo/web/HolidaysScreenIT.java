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
 * BKPSDMD's days off: the year's national holidays and cuti bersama listed, a day of the test's own declared, refused
 * a second time on the same date, and removed again (the data is as before); an admin OPD gets no such screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HolidaysScreenIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void listsTheYearsHolidaysAndTakesANewOneAndRemovesIt() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/holidays.xhtml");
        // the screen opens on the current year: 2026 on the test server's clock, written as a year
        assertThat(browser.text("holidays:year_label")).isEqualTo("2026");
        assertThat(browser.text("holidays:days")).contains("Libur nasional").contains("Cuti bersama");

        browser.type("holidays:holidayName", "Hari Uji Libur").typeDate("holidays:holidayDate", "02/11/2026");
        browser.click("holidays:declare");
        assertThat(browser.text("holidays:messages")).contains("Hari libur disimpan.");
        assertThat(browser.rowContaining("holidays:days", "Hari Uji Libur")).contains("02/11/2026");
        browser.screenshot("holidays");

        browser.type("holidays:holidayName", "Hari Uji Libur Lagi")
                .typeDate("holidays:holidayDate", "02/11/2026")
                .click("holidays:declare");
        assertThat(browser.text("holidays:messages")).contains("Sudah ada hari libur pada tanggal itu.");

        browser.clickInRow("holidays:days", "Hari Uji Libur", "remove").confirmYes();
        assertThat(browser.text("holidays:messages")).contains("Hari libur dihapus.");
        assertThat(browser.text("holidays:days")).doesNotContain("Hari Uji Libur");
    }

    @Test
    void givesAnAdminOpdNoHolidaysScreen() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.has("menu:holidays")).isFalse();
        browser.open("/holidays.xhtml");
        assertThat(browser.pageText()).contains("Akses ditolak");
    }
}
