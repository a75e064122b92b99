package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The menu's badges count the work waiting in the officer's reach: a leave request, a registration to verify, a move
 * to a new phone and a problem report each add one to their menu entry, and the badge drops again once the officer
 * has dealt with it; another OPD's officer sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MenuBadgesIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void countsALeaveRequestUntilItIsDecided() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);
        int before = badge("leave");
        int elsewhere;
        try (AdminBrowser dinkes = new AdminBrowser()) {
            elsewhere = badge(dinkes.logIn("admin.dinkes", DEMO_PASSWORD), "leave");
            ApiClient.Answer sent = DemoPhone.freshAsnOf("DISKOMINFO", "Hendra Lencana Uji")
                    .loggedIn()
                    .post(
                            "/leave-requests",
                            Json.createObjectBuilder()
                                    .add("type", "CUTI_TAHUNAN")
                                    .add("startDate", "2026-03-25")
                                    .add("endDate", "2026-03-27")
                                    .add("reason", "Pulang kampung ke Sungai Penuh")
                                    .build());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            assertThat(badge(dinkes.open("/index.xhtml"), "leave"))
                    .as("another OPD's officer")
                    .isEqualTo(elsewhere);
        }

        browser.open("/index.xhtml");
        assertThat(badge("leave")).isEqualTo(before + 1);
        browser.screenshot("menu-badges");
        browser.open("/leave.xhtml").clickInRow("leave:rows", "Hendra Lencana Uji", "open");
        assertThat(browser.text("leave:reason")).isEqualTo("Pulang kampung ke Sungai Penuh");
        browser.click("leave:approve");
        BoardPeopleIT.confirmIfAsked(browser);
        assertThat(browser.text("leave:messages")).contains("Permohonan disetujui.");

        browser.open("/index.xhtml");
        assertThat(badge("leave")).isEqualTo(before);
    }

    @Test
    void countsARegistrationUntilItIsVerified() {
        browser.logIn("admin.dinkes", DEMO_PASSWORD);
        int before = badge("asn");
        DemoPhone asn = DemoPhone.freshAsnOf("DINKES", "Yanti Lencana Uji");
        assertThat(asn.register().status()).isEqualTo(201);
        long employee = TestDatabase.number("select id from employee where nip = ?", asn.nip());

        browser.open("/index.xhtml");
        assertThat(badge("asn")).isEqualTo(before + 1);
        browser.open("/asn-detail.xhtml?id=" + employee).click("asn:verify");
        BoardPeopleIT.confirmIfAsked(browser);
        assertThat(browser.text("asn:status")).isEqualTo("Aktif");

        browser.open("/index.xhtml");
        assertThat(badge("asn")).isEqualTo(before);
    }

    @Test
    void countsAMoveToANewPhoneUntilItIsApproved() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Joko Lencana Uji");
        asn.loggedIn();
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);
        int before = badge("asn");
        assertThat(new ApiClient()
                        .post(
                                "/devices/rebind-requests",
                                Json.createObjectBuilder()
                                        .add("nip", asn.nip())
                                        .add("password", asn.password())
                                        .add("deviceId", "new-phone-" + asn.nip())
                                        .add("deviceModel", "Vivo Y17s")
                                        .add("reason", "Ponsel lama rusak")
                                        .build())
                        .status())
                .isEqualTo(201);
        long employee = TestDatabase.number("select id from employee where nip = ?", asn.nip());

        browser.open("/index.xhtml");
        assertThat(badge("asn")).isEqualTo(before + 1);
        browser.open("/asn-detail.xhtml?id=" + employee).click("asn:approveRebind");
        BoardPeopleIT.confirmIfAsked(browser);
        assertThat(browser.text("asn:messages")).contains("Akun dipindahkan ke ponsel baru.");

        browser.open("/index.xhtml");
        assertThat(badge("asn")).isEqualTo(before);
    }

    @Test
    void countsAProblemReportUntilItIsAnswered() {
        ApiClient phone = DemoPhone.freshAsnOf("DISKOMINFO", "Rudi Lencana Uji").loggedIn();
        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD);
        int before = badge("problems");
        assertThat(phone.post(
                                "/problem-reports",
                                Json.createObjectBuilder()
                                        .add("category", "APLIKASI")
                                        .add("message", "Tombol absen tidak muncul")
                                        .build())
                        .status())
                .isEqualTo(201);

        browser.open("/index.xhtml");
        assertThat(badge("problems")).isEqualTo(before + 1);
        try (AdminBrowser admin = new AdminBrowser()) {
            admin.logIn("admin.diskominfo", DEMO_PASSWORD)
                    .open("/problems.xhtml")
                    .clickInRow("problems:rows", "Rudi Lencana Uji", "open");
            assertThat(admin.text("problems:message")).contains("Tombol absen tidak muncul");
            admin.type("problems:answer", "Silakan perbarui aplikasi.").click("problems:send");
            assertThat(admin.text("problems:messages")).contains("Jawaban terkirim.");
        }

        browser.open("/index.xhtml");
        assertThat(badge("problems")).isEqualTo(before);
    }

    private int badge(String menuItem) {
        return badge(browser, menuItem);
    }

    /** The number on a menu entry's badge, 0 when it has none. */
    private static int badge(AdminBrowser on, String menuItem) {
        String text = (String) on.script(
                "var item = document.getElementById('menu:' + arguments[0]).closest('li');"
                        + " var badge = item.querySelector('.ui-badge'); return badge == null ? '' : badge.textContent;",
                menuItem);
        return text.isBlank() ? 0 : Integer.parseInt(text.trim());
    }
}
