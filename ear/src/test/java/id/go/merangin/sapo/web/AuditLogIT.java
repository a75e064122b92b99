package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** BKPSDMD reads the audit log page by page; an admin OPD gets an error page there, not data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }


    @Test
    void showsBkpsdmdWhoLoggedInAndFiltersByAction() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).click("menu:audit");

        assertThat(browser.url()).contains("/admin/audit.xhtml");
        assertThat(browser.text("audit:entries")).contains("Waktu (WIB)");

        // every test deployment restarts the test clock, so other tests' entries may look newer: filter first
        browser.type("audit:actor", "BKPSDMD").click("audit:search");
        assertThat(browser.text("audit:entries")).contains("bkpsdmd").doesNotContain("admin.diskominfo");
        browser.type("audit:action", "officer_login").click("audit:search");
        assertThat(browser.text("audit:entries")).contains("OFFICER_LOGIN").contains("bkpsdmd")
                .doesNotContain("ACCOUNT_REGISTERED");
        assertThat(browser.rowContaining("audit:entries", "OFFICER_LOGIN")).as("from where")
                .contains("127.0.0.1");
        browser.screenshot("audit-log");
        browser.type("audit:action", "TIDAK_ADA").click("audit:search");
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
