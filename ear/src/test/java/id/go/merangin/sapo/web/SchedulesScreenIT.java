package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * BKPSDMD's schedules and holidays: a working week for one OPD from a date, which the OPD's ASN see in the app at
 * once; the year's holidays listed, one added and removed again; an admin OPD gets no such screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchedulesScreenIT extends AdminScreenTest {

    private static final String OPD = "IT-JADWAL-" + System.nanoTime() % 100_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @BeforeAll
    static void anOpdOfItsOwn() {
        TestDatabase.execute("insert into opd (id, code, name, self_activation, zone_id, active) values ("
                + (700_000_000L + System.nanoTime() % 1_000_000) + ", '" + OPD + "', 'Dinas Uji Jadwal " + OPD
                + "', true, 'Asia/Jakarta', true)");
    }

    @Test
    void givesAnOpdItsOwnWeekWhichTheAppShows() {
        var phone = DemoPhone.freshAsnOf(OPD, "Wulan Sari Uji").loggedIn();

        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/schedules.xhtml");
        assertThat(browser.text("sched:tabs:rows")).contains("Seluruh kabupaten");
        // a period of its own (it has an end date), so the regency's Ramadan, in force today, does not override it
        browser.type("sched:tabs:name", "Jam pelayanan pagi")
                .typeDate("sched:tabs:from", "01/03/2026")
                .typeDate("sched:tabs:until", "31/03/2026");
        browser.script(
                "var select = PrimeFaces.getWidgetById('sched:tabs:opd');" + " select.selectValue(arguments[0]);", OPD);
        browser.type("sched:tabs:days:0:start", "0700")
                .type("sched:tabs:days:0:end", "1100")
                .type("sched:tabs:days:0:breakStart", "0900")
                .type("sched:tabs:days:0:breakEnd", "0915");
        browser.click("sched:tabs:define");

        assertThat(browser.text("sched:messages")).contains("Jadwal disimpan.");
        assertThat(browser.rowContaining("sched:tabs:rows", "Jam pelayanan pagi"))
                .contains("Dinas Uji Jadwal")
                .contains("Sen 07:00–11:00");
        browser.screenshot("schedules");
        JsonObject checkIn =
                phone.get("/attendance/today").json().getJsonObject("windows").getJsonObject("CHECK_IN");
        assertThat(checkIn.getString("closes")).isEqualTo("11:00");
    }

    @Test
    void listsTheYearsHolidaysAndTakesANewOneAndRemovesIt() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/schedules.xhtml");
        browser.clickVisible("a[href='#sched:tabs:holidaysTab']");
        // the screen opens on the current year: 2026 on the test server's clock, written as a year
        assertThat(browser.text("sched:tabs:year_label")).isEqualTo("2026");
        assertThat(browser.text("sched:tabs:holidays"))
                .contains("Libur nasional")
                .contains("Cuti bersama");

        browser.type("sched:tabs:holidayName", "Hari Uji Libur").typeDate("sched:tabs:holidayDate", "02/11/2026");
        browser.click("sched:tabs:declare");
        assertThat(browser.text("sched:messages")).contains("Hari libur disimpan.");
        assertThat(browser.rowContaining("sched:tabs:holidays", "Hari Uji Libur"))
                .contains("02/11/2026");
        browser.screenshot("holidays");

        browser.type("sched:tabs:holidayName", "Hari Uji Libur Lagi")
                .typeDate("sched:tabs:holidayDate", "02/11/2026")
                .click("sched:tabs:declare");
        assertThat(browser.text("sched:messages")).contains("Sudah ada hari libur pada tanggal itu.");

        browser.clickInRow("sched:tabs:holidays", "Hari Uji Libur", "remove").confirmYes();
        assertThat(browser.text("sched:messages")).contains("Hari libur dihapus.");
        assertThat(browser.text("sched:tabs:holidays")).doesNotContain("Hari Uji Libur");
    }

    @Test
    void givesAnAdminOpdNoSchedulesScreen() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.has("menu:schedules")).isFalse();
        browser.open("/schedules.xhtml");
        assertThat(browser.pageText()).contains("Akses ditolak");
    }
}
