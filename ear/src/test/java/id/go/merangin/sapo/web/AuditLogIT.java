package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * BKPSDMD reads the audit log page by page in words: actions by their Indonesian names, people by name, login and
 * role, records by name and NIP, dates as dd/MM/yyyy in WIB (older lines too), narrowed by days; an admin OPD gets an
 * error page there, not data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    private static final String DWI_NIP = "198703112011012001";

    /**
     * Lines as older releases wrote them, in January 2026 (before the test clock's March): an ASN's change with the
     * Java text of its time, and a month locked, both by bkpsdmd; and one as the audit trail writes it now.
     */
    @BeforeEach
    void januaryLines() {
        if (TestDatabase.number("select count(*) from audit_entry where detail like '%(uji log audit)%'") > 0) {
            return;
        }
        long dwi = TestDatabase.number("select id from employee where nip = '" + DWI_NIP + "'");
        TestDatabase.execute(
                "insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, detail,"
                        + " source_address) values (nextval('audit_entry_seq'), timestamptz '2026-01-15 09:00+07', 'bkpsdmd',"
                        + " 'EMPLOYEE_CHANGED', 'Employee', '" + dwi + "', '" + DWI_NIP + " Dwi Lestari, S.Kom. from"
                        + " 2026-01-05 at 2026-01-05T02:00:00Z (uji log audit)', '10.0.0.7')",
                "insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, detail)"
                        + " values (nextval('audit_entry_seq'), timestamptz '2026-01-15 10:00+07', 'bkpsdmd',"
                        + " 'MONTH_LOCKED', 'Month', '2025-11', 'locked by bkpsdmd')",
                "insert into audit_entry (id, occurred_at, actor, action, entity_type, entity_id, detail)"
                        + " values (nextval('audit_entry_seq'), timestamptz '2026-01-16 08:00+07', 'bkpsdmd',"
                        + " 'HOLIDAY_DECLARED', 'Holiday', null, '{\"date\":\"2026-08-17\",\"holidayType\":"
                        + "\"NATIONAL\",\"name\":\"HUT RI (uji log audit)\"}')");
    }

    @Test
    void showsWhoDidWhatToWhomInWordsAndDates() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).click("menu:audit");
        assertThat(browser.url()).contains("/admin/audit.xhtml");
        // every test deployment restarts the test clock, so other tests' entries may look newer: filter first
        browser.type("audit:actor", "bkpsdmd").click("audit:search");

        String log = browser.text("audit:entries");
        assertThat(log)
                .contains(
                        "Waktu (WIB)",
                        "Masuk ke layar admin",
                        "Operator BKPSDMD Kabupaten Merangin (bkpsdmd) · BKPSDMD")
                .doesNotContain("OFFICER_LOGIN", "Account ", "Akun 4", "2026-03-02T", "2026-03-0");
        assertThat(browser.rowContaining("audit:entries", "Masuk ke layar admin", "(bkpsdmd)"))
                .as("from where")
                .contains("Akun: Operator BKPSDMD Kabupaten Merangin · bkpsdmd")
                .contains("127.0.0.1");
        browser.screenshot("audit-log");

        browser.typeDate("audit:from", "15/01/2026")
                .typeDate("audit:until", "16/01/2026")
                .click("audit:search");
        log = browser.text("audit:entries");
        assertThat(log)
                .as("only January's lines")
                .contains("Data ASN diubah", "Bulan dikunci", "Hari libur ditetapkan")
                .doesNotContain("Masuk ke layar admin");
        assertThat(browser.rowContaining("audit:entries", "Data ASN diubah"))
                .contains("ASN: Dwi Lestari, S.Kom. · NIP " + DWI_NIP, "05/01/2026", "05/01/2026 09:00 WIB")
                .doesNotContain("2026-01-05");
        assertThat(browser.rowContaining("audit:entries", "Bulan dikunci"))
                .contains("Bulan: November 2025")
                .doesNotContain("2025-11");
        assertThat(browser.rowContaining("audit:entries", "Hari libur ditetapkan"))
                .contains("Tanggal: 17/08/2026", "Jenis libur: Libur nasional", "Nama: HUT RI (uji log audit)");
        browser.screenshot("audit-log-january");

        browser.open("/audit.xhtml")
                .typeDate("audit:from", "16/01/2026")
                .typeDate("audit:until", "16/01/2026")
                .click("audit:search");
        assertThat(browser.text("audit:entries"))
                .contains("Hari libur ditetapkan")
                .doesNotContain("Bulan dikunci");

        browser.open("/audit.xhtml").type("audit:actor", "bkpsdmd").click("audit:search");
        browser.typeDate("audit:from", "17/01/2026")
                .typeDate("audit:until", "15/01/2026")
                .click("audit:search");
        // the refusal's message, waited for: on a loaded machine it may come after the queue looks empty
        assertThat(browser.textOf("[id='audit:messages'] .ui-messages-error", 15))
                .contains("tidak boleh sebelum");
        assertThat(browser.text("audit:entries"))
                .as("the search left as it was")
                .contains("Masuk ke layar admin");
        browser.screenshot("audit-log-backwards");
    }

    @Test
    void filtersByWhoAndByAction() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).click("menu:audit");

        // every test deployment restarts the test clock, so other tests' entries may look newer: filter first
        browser.type("audit:actor", "Operator BKPSDMD").click("audit:search");
        assertThat(browser.text("audit:entries")).contains("(bkpsdmd)").doesNotContain("(admin.diskominfo)");
        browser.script("PrimeFaces.getWidgetById('audit:action').selectValue('OFFICER_LOGIN');");
        browser.click("audit:search");
        assertThat(browser.text("audit:entries"))
                .contains("Masuk ke layar admin")
                .contains("(bkpsdmd)")
                .doesNotContain("Akun didaftarkan");
        browser.script("PrimeFaces.getWidgetById('audit:action').selectValue('MONTH_UNLOCKED');");
        browser.type("audit:actor", "tidak ada orang ini").click("audit:search");
        assertThat(browser.text("audit:entries")).contains("Tidak ada catatan.");
    }

    @Test
    void refusesAnAdminOpdWithAnErrorPageAndNoData() {
        browser.logIn("admin.bangko", DEMO_PASSWORD);
        assertThat(browser.has("menu:audit")).isFalse();

        browser.open("/audit.xhtml");

        assertThat(browser.pageText()).contains("Akses ditolak").doesNotContain("OFFICER_LOGIN");
        assertThat(browser.has("audit:entries")).isFalse();
        browser.screenshot("audit-forbidden");
    }
}
