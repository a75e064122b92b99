package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ASN screens in a real browser: an admin OPD finds a pending registration, sees its photo and verifies it, and
 * the ASN logs in from the app; an admin OPD resets a lost phone and the next login binds the new one; another OPD's
 * ASN and photo answer "Akses ditolak", never the data; a pimpinan has no ASN screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsnScreenIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void verifiesAPendingRegistrationWithItsPhotoShown() {
        DemoPhone rahmat = DemoPhone.of("199609272021011003", "1996-09-27");
        ApiClient.Answer registered = rahmat.register();
        assertThat(registered.json().getString("status")).isEqualTo("PENDING");
        assertThat(rahmat.login().code()).isEqualTo("ACCOUNT_PENDING");

        browser.logIn("admin.dinkes", DEMO_PASSWORD).open("/asn.xhtml");
        browser.type("asn:search", rahmat.nip()).click("asn:find");
        assertThat(browser.rowContaining("asn:rows", rahmat.nip()))
                .contains("Rahmat Hidayat")
                .contains("Menunggu verifikasi");
        browser.screenshot("asn-list");
        browser.click("asn:rows:0:open");

        assertThat(browser.text("asn:status")).isEqualTo("Menunggu verifikasi");
        assertThat(browser.imageLoaded("asn:photo")).isTrue();
        browser.screenshot("asn-verify");
        browser.click("asn:verify").confirmYes();

        assertThat(browser.text("asn:messages")).contains("Pendaftaran diverifikasi");
        assertThat(browser.text("asn:status")).isEqualTo("Aktif");
        assertThat(rahmat.login().status()).isEqualTo(200);
    }

    @Test
    void resetsALostPhoneSoThatTheNextLoginBindsTheNewOne() {
        DemoPhone fadli = DemoPhone.of("199408172019031002", "1994-08-17");
        ApiClient oldPhone = fadli.loggedIn();
        long employee = TestDatabase.number("select id from employee where nip = ?", fadli.nip());

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn-detail.xhtml?id=" + employee);
        assertThat(browser.text("asn:device")).contains("Oppo A78");
        browser.click("asn:resetDevice").confirmYes();

        assertThat(browser.text("asn:messages")).contains("Ponsel dilepas");
        assertThat(browser.text("asn:device")).isEqualTo("Tidak ada ponsel terikat");
        browser.screenshot("asn-device-reset");
        assertThat(oldPhone.get("/me").code()).isEqualTo("DEVICE_NOT_BOUND");
        assertThat(fadli.login("new-phone-" + fadli.nip()).status()).isEqualTo(200);
    }

    @Test
    void approvesAMoveToANewPhone() {
        DemoPhone lina = DemoPhone.freshAsnOf("DISKOMINFO", "Lina Marlina Uji");
        lina.loggedIn();
        String newPhone = "new-phone-" + lina.nip();
        assertThat(new ApiClient()
                        .post(
                                "/devices/rebind-requests",
                                jakarta.json.Json.createObjectBuilder()
                                        .add("nip", lina.nip())
                                        .add("password", lina.password())
                                        .add("deviceId", newPhone)
                                        .add("deviceModel", "Vivo Y17s")
                                        .add("reason", "Ponsel lama jatuh ke sungai")
                                        .build())
                        .status())
                .isEqualTo(201);
        long employee = TestDatabase.number("select id from employee where nip = ?", lina.nip());

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn.xhtml");
        browser.type("asn:search", lina.nip()).click("asn:find");
        assertThat(browser.rowContaining("asn:rows", lina.nip())).contains("Minta pindah ponsel");
        browser.open("/asn-detail.xhtml?id=" + employee);
        assertThat(browser.text("asn:rebind")).contains("Vivo Y17s").contains("Ponsel lama jatuh ke sungai");
        browser.click("asn:approveRebind").confirmYes();

        assertThat(browser.text("asn:messages")).contains("Akun dipindahkan ke ponsel baru.");
        assertThat(browser.has("asn:rebind")).isFalse();
        assertThat(lina.login(newPhone).status()).isEqualTo(200);
        assertThat(lina.login().code()).isEqualTo("DEVICE_NOT_BOUND");
    }

    @Test
    void locksAnAccountAndUnlocksItAgain() {
        DemoPhone yusuf = DemoPhone.freshAsnOf("DISKOMINFO", "Yusuf Kurniawan Uji");
        yusuf.loggedIn();
        long employee = TestDatabase.number("select id from employee where nip = ?", yusuf.nip());

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn-detail.xhtml?id=" + employee);
        browser.click("asn:lock").confirmYes();
        assertThat(browser.text("asn:status")).isEqualTo("Dikunci");
        assertThat(yusuf.login().code()).isEqualTo("ACCOUNT_LOCKED");

        browser.click("asn:unlock").confirmYes();
        assertThat(browser.text("asn:status")).isEqualTo("Aktif");
        assertThat(yusuf.login().status()).isEqualTo(200);
    }

    @Test
    void recordsARetirementWithItsDateAndReasonAndRefusesAnEndBeforeTheStart() {
        DemoPhone hasan = DemoPhone.freshAsnOf("DISKOMINFO", "Hasan Basri Uji");
        long employee = TestDatabase.number("select id from employee where nip = ?", hasan.nip());

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn-detail.xhtml?id=" + employee);
        assertThat(browser.text("asn:appointment"))
                .as("the NIP's appointment month: 2015-01")
                .isEqualTo("01/01/2015");
        browser.click("asn:edit").waitFor("asn:editAppointment_input");
        browser.typeDate("asn:editEnd", "10/12/2014")
                .choose("asn:editEndReason", "Pensiun")
                .click("asn:saveEdit");
        assertThat(browser.text("asn:messages")).contains("Tanggal kerja tidak masuk akal");

        // the officer closes the dialog and opens it again, as after any refusal
        browser.script("PF('editDialog').hide();");
        browser.click("asn:edit").waitFor("asn:editAppointment_input");
        browser.typeDate("asn:editEnd", "10/02/2026")
                .choose("asn:editEndReason", "Pensiun")
                .click("asn:saveEdit");
        assertThat(browser.textOf("#asn\\:messages .ui-messages-info", 10))
                .as(browser.text("asn:messages"))
                .contains("Data ASN disimpan");
        assertThat(browser.waitFor("asn:end").text("asn:end")).isEqualTo("10/02/2026 · Pensiun");
        assertThat(TestDatabase.number(
                        "select count(*) from employee where id = ? and end_reason = 'PENSIUN'", employee))
                .isOne();
    }

    @Test
    void movesAnAsnToAnotherOpdFromADateAndKeepsTheDaysBeforeWithTheOldOne() {
        DemoPhone dewi = DemoPhone.freshAsnOf("DISKOMINFO", "Dewi Pindahan Uji");
        long employee = TestDatabase.number("select id from employee where nip = ?", dewi.nip());

        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/asn-detail.xhtml?id=" + employee);
        browser.click("asn:edit").waitFor("asn:editTransfer_input");
        browser.script("PrimeFaces.getWidgetById('asn:editOpd').selectValue('BKPSDMD');");
        browser.typeDate("asn:editTransfer", "16/02/2026").click("asn:saveEdit");

        assertThat(browser.textOf("#asn\\:messages .ui-messages-info", 10))
                .as(browser.text("asn:messages"))
                .contains("Data ASN disimpan");
        assertThat(TestDatabase.number(
                        "select count(*) from past_posting p join opd o on o.id = p.opd_id"
                                + " where p.employee_id = ? and o.code = 'DISKOMINFO' and p.until_date = date '2026-02-15'",
                        employee))
                .isOne();
        assertThat(TestDatabase.number(
                        "select count(*) from employee e join opd o on o.id = e.opd_id"
                                + " where e.id = ? and o.code = 'BKPSDMD'",
                        employee))
                .isOne();

        // a second move that would leave the new OPD no day is refused with the reason, and changes nothing
        browser.script("PF('editDialog').hide();");
        browser.click("asn:edit").waitFor("asn:editTransfer_input");
        browser.script("PrimeFaces.getWidgetById('asn:editOpd').selectValue('DISKOMINFO');");
        browser.typeDate("asn:editTransfer", "16/02/2026").click("asn:saveEdit");
        assertThat(browser.text("asn:messages")).contains("Tanggal pindah OPD tidak sah");
        assertThat(TestDatabase.number("select count(*) from past_posting where employee_id = ?", employee))
                .isOne();
    }

    @Test
    void answersAnotherOpdsAsnAndPhotoWithAccessDenied() {
        DemoPhone fitri = DemoPhone.of("199604042021012001", "1996-04-04");
        fitri.register();
        long employee = TestDatabase.number("select id from employee where nip = ?", fitri.nip());
        long photo = TestDatabase.number("select profile_photo_id from account where employee_id = ?", employee);

        browser.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn-detail.xhtml?id=" + employee);

        assertThat(browser.pageText()).contains("Akses ditolak").doesNotContain("Fitri");
        assertThat(browser.statusOf("/files/" + photo)).isEqualTo(403);
        assertThat(browser.statusOf("/asn-detail.xhtml?id=" + employee)).isEqualTo(403);
        browser.open("/asn.xhtml").type("asn:search", fitri.nip()).click("asn:find");
        assertThat(browser.text("asn:rows")).contains("Tidak ada ASN yang cocok.");
        try (AdminBrowser bkpsdmd = new AdminBrowser()) {
            bkpsdmd.logIn("bkpsdmd", DEMO_PASSWORD);
            assertThat(bkpsdmd.statusOf("/files/" + photo)).isEqualTo(200);
        }
    }

    @Test
    void printsTheActivationLettersOfTheAsnWhoHaveNotRegistered() throws IOException {
        // Desi Ratnasari is the one unregistered demo ASN of Kecamatan Tabir; her demo letter's code is replaced
        DemoPhone desi = DemoPhone.of("199505202019032003", "1995-05-20");
        browser.logIn("admin.tabir", DEMO_PASSWORD).open("/asn.xhtml");
        browser.click("asn:printLetters").confirmYes();

        String letters = pdfText(browser.downloaded(".pdf"));
        assertThat(letters)
                .contains("Kode Aktivasi Aplikasi SAPO", "Desi Ratnasari", "NIP 199505202019032003", "Kecamatan Tabir")
                .containsPattern("[A-Z2-9]{4}-[A-Z2-9]{4}");
        String code = letters.replaceAll("(?s).*?([A-Z2-9]{4}-[A-Z2-9]{4}).*", "$1");
        ApiClient.Answer old = desi.register();
        assertThat(old.code()).as("the demo letter's code, replaced").isEqualTo("ACTIVATION_CODE_INVALID");
        assertThat(desi.register(code).status()).as("the printed code").isEqualTo(201);
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void givesAPimpinanNoAsnScreen() {
        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD);

        assertThat(browser.has("menu:asn")).isFalse();
        browser.open("/asn.xhtml");
        assertThat(browser.pageText()).contains("Akses ditolak");
    }
}
