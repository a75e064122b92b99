package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.mail.TestMailbox;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ASN's own account in the app at {@code /app/} on a phone, each test with a new ASN of its own (never a shared
 * demo ASN, whose password other tests log in with), and the mails SAPO sends read from the test mailbox as the ASN
 * reads them: the email confirmed on the profile with the mailed code; a forgotten password set anew from the login
 * screen with the mailed code, after the same sentence that any address gets; the password changed on the profile;
 * and a temporary password from the admin OPD that must be replaced before anything else opens. Screenshots:
 * {@code app-account-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AsnAccountAppIT {

    @RegisterExtension
    static final TestMailbox mailbox = new TestMailbox();

    private static final String DEMO_PASSWORD = "Demo#Sapo2026";
    private static final String EMAIL_CODE = "\\b(\\d{6})\\b";
    private static final String RESET_CODE = "([A-Z2-9]{5}-[A-Z2-9]{5})";

    private PhoneBrowser phone;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && phone != null) {
            phone.screenshot(
                    "failed-AsnAccountAppIT-" + context.getRequiredTestMethod().getName());
        }
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @AfterEach
    void closePhone() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void confirmsTheEmailOnTheProfileAndSetsAForgottenPasswordAnewWithTheMailedCode() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Fajar Nugraha Akun");
        assertThat(asn.register().status()).isEqualTo(201);
        String email = asn.nip() + "@demo.merangin.go.id";
        mailbox.nextMailTo(email).code(EMAIL_CODE);
        phone = new PhoneBrowser("id");
        logIn(asn, asn.password());
        phone.visible("greeting");

        phone.open("profil");
        assertThat(phone.waitForText("email-unverified", "belum dikonfirmasi"))
                .contains(email)
                .contains("memulihkan kata sandi");
        assertThat(phone.text("profile-email-state")).isEqualTo("belum dikonfirmasi");
        phone.click("email-resend");
        phone.waitForText("email-messages", "Kode baru dikirim ke " + email);
        String code = mailbox.nextMailTo(email).code(EMAIL_CODE);
        phone.type("email-code", code.equals("000000") ? "111111" : "000000").click("email-verify");
        assertThat(phone.waitForText("email-messages", "Kode salah")).contains("minta kode baru");
        phone.screenshot("app-account-email");
        phone.type("email-code", code).click("email-verify");
        assertThat(phone.waitForText("email-verified", "sudah dikonfirmasi")).contains("Lupa kata sandi?");
        assertThat(phone.text("profile-email-state")).isEqualTo("terkonfirmasi");
        phone.click("logout");

        // the login screen's link; an address of no account gets the very sentence the ASN's own gets
        phone.click("to-forgot");
        phone.type(
                        "forgot-email",
                        "tidak.ada." + ThreadLocalRandom.current().nextInt(1_000_000) + "@uji.merangin.go.id")
                .click("forgot-submit");
        String neutral = phone.waitForText("forgot-sent", "kode 10 karakter");
        phone.reload();
        phone.type("forgot-email", email).click("forgot-submit");
        assertThat(phone.waitForText("forgot-sent", "kode 10 karakter")).isEqualTo(neutral);
        assertThat(phone.script("return document.getElementById('reset-email').value"))
                .isEqualTo(email);
        String reset = mailbox.nextMailTo(email).code(RESET_CODE);

        phone.type("reset-code", reset)
                .type("reset-password", "Baru#" + asn.nip())
                .type("reset-password2", "Baru#" + asn.nip())
                .click("reset-submit");
        assertThat(phone.waitForText("reset-messages", "tidak boleh berisi NIP"))
                .as("the server's reason")
                .isNotEmpty();
        phone.screenshot("app-account-forgot");
        phone.type("reset-password", "Lupa#Sandi2026")
                .type("reset-password2", "Lupa#Sandi2026")
                .click("reset-submit");
        assertThat(phone.waitForText("login-reset", "Kata sandi baru tersimpan"))
                .contains("silakan masuk");
        assertThat(mailbox.nextMailTo(email).subject()).isEqualTo("Kata sandi SAPO Anda telah diubah");

        phone.type("login-id", asn.nip()).type("login-password", asn.password()).click("login-submit");
        phone.waitForText("login-messages", "salah");
        phone.type("login-password", "Lupa#Sandi2026").click("login-submit");
        assertThat(phone.text("greeting")).isEqualTo("Halo, Fajar Nugraha Akun");
    }

    @Test
    void changesThePasswordFromTheProfileAndLogsInWithTheNewOne() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Gita Uji Akun");
        assertThat(asn.register().status()).isEqualTo(201);
        phone = new PhoneBrowser("id");
        logIn(asn, asn.password());
        phone.visible("greeting");
        phone.open("profil");
        phone.click("to-password").visible("password-form");
        assertThat(phone.script("return location.hash")).isEqualTo("#/ganti-sandi");
        assertThat(phone.script("return document.querySelector('#nav-profil').getAttribute('aria-current')"))
                .isEqualTo("page");

        phone.type("password-new", "Ganti#" + asn.nip()).type("password-new2", "Ganti#" + asn.nip());
        assertThat(phone.script("return document.getElementById('rule-nip').className"))
                .isEqualTo("not-yet");
        phone.type("password-current", "Bukan#Sandi2026")
                .type("password-new", "Ganti#Sendiri2026")
                .type("password-new2", "Ganti#Sendiri2026");
        assertThat(((Number) phone.script("return document.querySelectorAll('#password-rules .ok').length")).intValue())
                .isEqualTo(4);
        phone.click("password-submit");
        assertThat(phone.waitForText("password-messages", "Kata sandi sekarang salah"))
                .isNotEmpty();
        phone.type("password-current", asn.password()).click("password-submit");
        phone.waitForText("password-saved", "Kata sandi baru tersimpan");
        phone.screenshot("app-account-password");

        phone.click("password-profile").click("logout");
        phone.type("login-id", asn.nip()).type("login-password", asn.password()).click("login-submit");
        phone.waitForText("login-messages", "salah");
        phone.type("login-password", "Ganti#Sendiri2026").click("login-submit");
        assertThat(phone.text("greeting")).isEqualTo("Halo, Gita Uji Akun");
    }

    @Test
    void aTemporaryPasswordFromTheAdminOpdIsReplacedBeforeAnythingElse() {
        DemoPhone asn = DemoPhone.freshAsnOf("DISKOMINFO", "Hendra Saputra Akun");
        assertThat(asn.register().status()).isEqualTo(201);
        String handed;
        try (AdminBrowser admin = new AdminBrowser()) {
            admin.logIn("admin.diskominfo", DEMO_PASSWORD).open("/asn.xhtml");
            admin.type("asn:search", asn.nip()).click("asn:find").click("asn:rows:0:open");
            admin.click("asn:resetPassword").confirmYes();
            handed = admin.text("asn:handedPasswordValue").strip();
        }
        phone = new PhoneBrowser("id");
        logIn(asn, handed);
        assertThat(phone.waitForText("password-required", "kata sandi sementara"))
                .contains("Admin OPD");
        assertThat(phone.script("return document.getElementById('tabs').hidden"))
                .as("no menu")
                .isEqualTo(true);
        phone.screenshot("app-account-temporary");

        // nothing else opens, from the app or when it is opened again at another screen
        phone.script("location.hash = '#/kendala';");
        phone.waitUntil(
                "the way back to the password",
                "return location.hash === '#/ganti-sandi'" + " && !!document.getElementById('password-required');");
        phone.script("history.replaceState(null, '', '#/riwayat');");
        phone.reload().waitForText("password-required", "kata sandi sementara");
        assertThat(phone.script("return location.hash")).isEqualTo("#/ganti-sandi");
        // a phone that forgot the login's answer learns it from the server's refusal (PASSWORD_CHANGE_REQUIRED)
        phone.script("localStorage.removeItem('sapo.mustChangePassword');"
                + " history.replaceState(null, '', '#/kendala');");
        phone.reload().waitForText("password-required", "kata sandi sementara");
        assertThat(phone.script("return location.hash")).isEqualTo("#/ganti-sandi");

        phone.type("password-current", handed)
                .type("password-new", "Pilihan#Sendiri2026")
                .type("password-new2", "Pilihan#Sendiri2026")
                .click("password-submit");
        phone.waitForText("password-saved", "Kata sandi baru tersimpan");
        assertThat(phone.script("return document.getElementById('tabs').hidden"))
                .isEqualTo(false);
        phone.click("password-home");
        assertThat(phone.text("greeting")).isEqualTo("Halo, Hendra Saputra Akun");
    }

    /** Logs in from the phone the ASN registered with (its device id put where the app keeps it). */
    private void logIn(DemoPhone asn, String password) {
        phone.open("masuk");
        phone.script("localStorage.setItem('sapo.deviceId', arguments[0]);", asn.deviceId());
        phone.type("login-id", asn.nip()).type("login-password", password).click("login-submit");
    }
}
