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
 * BKPSDMD's discipline ladder of 2026: a demo ASN who never checked in is on its top step, with the sanction of
 * PP 94/2021 and why (a run of TK days); the legend lists the steps; an admin OPD gets no such screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LadderScreenIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void bkpsdmdSeesWhoIsOnTheDisciplineLadder() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/ladder.xhtml");
        assertThat(browser.value("ladder:year_input")).isEqualTo("2026");
        browser.type("ladder:search", "Dwi Lestari").click("ladder:show");

        String row = browser.rowContaining("ladder:rows", "Dwi Lestari");
        int tk = Integer.parseInt(row.replaceAll(".*DISKOMINFO ", "").split("\\s+")[0]);
        assertThat(tk).as("January and February without a CHECK_IN").isGreaterThanOrEqualTo(28);
        assertThat(browser.rowContaining("ladder:rows", "Dwi Lestari")).contains(" 28 ");
        assertThat(browser.textOf("[id$='sanction']", 5))
                .as("PP 94/2021, and why")
                .contains("PDHTAPS")
                .contains("hari kerja TK berturut-turut");
        assertThat(browser.pageText())
                .contains("3 hari: teguran lisan")
                .contains("4 hari: teguran tertulis")
                .contains("10 hari kerja TK berturut-turut: pemberhentian");
        browser.screenshot("ladder");
    }

    @Test
    void givesAnAdminOpdNoLadderScreen() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.has("menu:ladder")).isFalse();
        browser.open("/ladder.xhtml");
        assertThat(browser.pageText()).contains("Akses ditolak");
    }
}
