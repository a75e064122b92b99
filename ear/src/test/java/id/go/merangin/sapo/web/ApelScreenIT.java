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
 * Apel and upacara on the officers' screen: BKPSDMD holds the 17 August upacara for every OPD, and an admin OPD sees
 * it among the apel to come; a window that closes before it opens is refused with a message and saves nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApelScreenIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void bkpsdmdHoldsAnUpacaraForEveryOpdThatAnAdminOpdSees() {
        String name = "Upacara HUT RI Uji " + System.nanoTime() % 100_000;
        browser.logIn("bkpsdmd", DEMO_PASSWORD);
        browser.click("menu:apel");
        assertThat(browser.text("apel:opd_label")).isEqualTo("Semua OPD");
        browser.type("apel:name", name).typeDate("apel:date", "17/08/2026");
        browser.type("apel:opens", "07:00").type("apel:closes", "09:00").click("apel:hold");

        assertThat(browser.text("apel:messages")).contains("Apel disimpan.");
        assertThat(browser.rowContaining("apel:rows", name)).contains("17/08/2026", "07:00–09:00", "Semua OPD", "Ya");
        browser.screenshot("apel");

        browser.type("apel:name", name + " salah").typeDate("apel:date", "18/08/2026");
        browser.type("apel:opens", "09:00").type("apel:closes", "08:00").click("apel:hold");
        assertThat(browser.text("apel:messages")).contains("Apel tidak sah");
        assertThat(browser.text("apel:rows")).doesNotContain(name + " salah");

        AdminBrowser admin = new AdminBrowser();
        try {
            admin.logIn("admin.diskominfo", DEMO_PASSWORD).open("/apel.xhtml");
            assertThat(admin.rowContaining("apel:rows", name)).contains("Semua OPD");
            assertThat(admin.text("apel:opd_label"))
                    .as("an admin OPD holds one for its own OPD")
                    .isNotEqualTo("Semua OPD");
        } finally {
            admin.close();
        }
    }
}
