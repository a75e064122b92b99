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
 * BKPSDMD's working schedules: a working week for one OPD (an OPD of the test's own) for a date range, which the OPD's
 * ASN see in the app at once; an admin OPD gets no such screen.
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
        assertThat(browser.text("sched:rows")).contains("Seluruh kabupaten");
        // a period of its own (it has an end date), so the regency's Ramadan, in force today, does not override it
        browser.type("sched:name", "Jam pelayanan pagi")
                .typeDate("sched:from", "01/03/2026")
                .typeDate("sched:until", "31/03/2026");
        browser.script(
                "var select = PrimeFaces.getWidgetById('sched:opd');" + " select.selectValue(arguments[0]);", OPD);
        browser.type("sched:days:0:start", "0700")
                .type("sched:days:0:end", "1100")
                .type("sched:days:0:breakStart", "0900")
                .type("sched:days:0:breakEnd", "0915");
        browser.click("sched:define");

        assertThat(browser.text("sched:messages")).contains("Jadwal disimpan.");
        assertThat(browser.rowContaining("sched:rows", "Jam pelayanan pagi"))
                .contains("Dinas Uji Jadwal")
                .contains("Sen 07:00–11:00");
        browser.screenshot("schedules");
        JsonObject checkIn =
                phone.get("/attendance/today").json().getJsonObject("windows").getJsonObject("CHECK_IN");
        assertThat(checkIn.getString("closes")).isEqualTo("11:00");
    }

    @Test
    void givesAnAdminOpdNoSchedulesScreen() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.has("menu:schedules")).isFalse();
        browser.open("/schedules.xhtml");
        assertThat(browser.pageText()).contains("Akses ditolak");
    }
}
