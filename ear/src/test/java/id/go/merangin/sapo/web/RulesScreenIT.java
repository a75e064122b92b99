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
 * BKPSDMD's recap rules: every version with all its numbers, a new version from a month on with some of them
 * changed (the rest as the latest version had them), impossible numbers refused with a message and nothing saved;
 * an admin OPD gets no such screen. The versions added here take effect in March 2027, long after the test clock's
 * today, so that no other test's month is worked out by them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RulesScreenIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void showsEveryNumberOfTheDefaultsAndAddsAVersionFromAMonthOn() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD);
        browser.click("menu:rules");
        String defaults = browser.rowContaining("rules:versions", "DEFAULT");
        assertThat(defaults)
                .contains(
                        "03/01/2022",
                        "3,0 %",
                        "100,0 %",
                        "Cuti di luar tanggungan negara: 100,0 %",
                        "1–30 / 31–60 / 61–90 / > 90",
                        "3 · 4 · 7 · 11 · 14 · 17 · 21 · 25 · 28",
                        "450",
                        "sisa jam kerja",
                        "5 menit · 150 km/jam")
                .doesNotContain("3.00");

        String version = "Perbup UJI " + System.nanoTime() % 100_000;
        browser.type("rules:version", version);
        browser.script("PrimeFaces.getWidgetById('rules:month').selectValue('2027-03');");
        assertThat(browser.text("rules:month_label")).isEqualTo("Maret 2027");
        assertThat(browser.value("rules:codes:8:percent"))
                .as("TK, in the officer's notation")
                .isEqualTo("3,00");
        assertThat(browser.value("rules:tier1")).isEqualTo("30");
        browser.type("rules:codes:8:percent", "4,00");
        browser.type("rules:leave:3:cost", "50");
        browser.type("rules:tier1", "20");
        browser.type("rules:steps:0:days", "");
        browser.type("rules:missingEvent", "240");
        browser.type("rules:skew", "10");
        browser.click("rules:add");
        browser.confirmYes();

        assertThat(browser.text("rules:messages")).contains("Versi aturan rekap disimpan.");
        assertThat(browser.rowContaining("rules:versions", version))
                .contains(
                        "01/03/2027",
                        "4,0 %",
                        "Cuti besar: 50,0 %",
                        "Cuti di luar tanggungan negara: 100,0 %",
                        "1–20 / 21–60",
                        "4 · 7 · 11",
                        "240",
                        "10 menit · 150 km/jam")
                .doesNotContain("3 · 4");
        browser.screenshot("recap-rules");

        browser.type("rules:version", version + " lagi");
        browser.script("PrimeFaces.getWidgetById('rules:month').selectValue('2027-03');");
        browser.click("rules:add");
        browser.confirmYes();
        assertThat(browser.text("rules:messages")).contains("Sudah ada versi");
    }

    @Test
    void refusesImpossibleNumbersWithAMessageAndSavesNothing() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/rules.xhtml");
        int versions = browser.text("rules:versions").split("\n").length;
        String version = "Perbup SALAH " + System.nanoTime() % 100_000;

        browser.type("rules:version", version);
        browser.script("PrimeFaces.getWidgetById('rules:month').selectValue('2027-02');");
        browser.type("rules:tier2", "25");
        browser.type("rules:tier1", "30");
        browser.click("rules:add");
        browser.confirmYes();
        assertThat(browser.text("rules:messages")).contains("Batas tingkat harus naik");

        browser.open("/rules.xhtml");
        browser.type("rules:version", version);
        browser.type("rules:travel", "cepat");
        browser.type("rules:steps:8:days", "5");
        browser.click("rules:add");
        browser.confirmYes();
        assertThat(browser.text("rules:messages")).contains("bukan bilangan bulat");

        browser.open("/rules.xhtml");
        browser.type("rules:version", version);
        browser.type("rules:steps:8:days", "5");
        browser.click("rules:add");
        browser.confirmYes();
        assertThat(browser.text("rules:messages")).contains("Tangga disiplin tidak sah");

        browser.open("/rules.xhtml");
        assertThat(browser.text("rules:versions")).doesNotContain(version);
        assertThat(browser.text("rules:versions").split("\n")).hasSize(versions);
    }

    @Test
    void givesAnAdminOpdNoRulesScreen() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.has("menu:rules")).isFalse();
        browser.open("/rules.xhtml");
        assertThat(browser.pageText()).contains("Akses ditolak");
    }
}
