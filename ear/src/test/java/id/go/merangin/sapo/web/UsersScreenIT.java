package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.mail.TestMailbox;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Officers' accounts on the screens, as a Pemda runs them: BKPSDMD or an admin OPD makes an officer on Pengguna and
 * hands over the password shown once; the officer chooses their own at the first login, confirms their email with
 * the mailed code, and sets a forgotten password anew from the login page's link; a reset by the admin ends the
 * officer's session at its next click.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersScreenIT extends AdminScreenTest {

    @RegisterExtension
    static final TestMailbox mailbox = new TestMailbox();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    private String username;

    @AfterEach
    void removeTheOfficer() {
        if (username != null) {
            TestDatabase.execute("delete from account where username = '" + username + "'");
        }
    }

    /** Makes an officer on Pengguna as {@code admin}; answers the password shown to hand over. */
    private String createOfficer(String admin, String email) {
        username = "petugas." + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn(admin, DEMO_PASSWORD).open("/users.xhtml");
        browser.click("users:create");
        browser.waitFor("users:username");
        browser.type("users:username", username)
                .type("users:displayName", "Petugas Uji Layar")
                .type("users:email", email);
        browser.choose("users:role", "Pimpinan");
        browser.click("users:save");
        assertThat(browser.text("users:handedUsername")).isEqualTo(username);
        String password = browser.text("users:handedPassword");
        assertThat(password).matches("[A-HJ-NP-Za-km-z2-9]{16}");
        assertThat(browser.rowContaining("users:rows", username))
                .contains("Pimpinan")
                .contains("belum diverifikasi")
                .contains("harus ganti kata sandi");
        return password;
    }

    @Test
    void anAdminOpdMakesAnOfficerWhoChoosesTheirOwnPasswordAndConfirmsTheEmail() {
        String email = "petugas." + UUID.randomUUID().toString().substring(0, 8) + "@diskominfo.merangin.go.id";
        String handed = createOfficer("admin.diskominfo", email);
        browser.screenshot("users-created");

        try (AdminBrowser officer = new AdminBrowser()) {
            officer.logIn(username, handed);
            assertThat(officer.url()).as("the handed password is changed first").contains("/account.xhtml");
            officer.open("/review.xhtml");
            assertThat(officer.url()).contains("/account.xhtml");
            officer.type("account:current", handed)
                    .type("account:newPassword", "Pilihan#Sendiri2026")
                    .type("account:repeatPassword", "Pilihan#Sendiri2026")
                    .click("account:changePassword");
            assertThat(officer.url()).contains("/index.xhtml");

            officer.open("/account.xhtml");
            assertThat(officer.text("account:emailState")).contains("belum diverifikasi");
            officer.click("account:sendCode");
            String code = mailbox.nextMailTo(email).code("(\\d{6})");
            officer.type("account:emailCode", code).click("account:verifyEmail");
            assertThat(officer.text("account:emailState")).isEqualTo("Email sudah diverifikasi.");
        }
        browser.open("/users.xhtml");
        assertThat(browser.rowContaining("users:rows", username))
                .doesNotContain("belum diverifikasi")
                .doesNotContain("harus ganti kata sandi");
    }

    @Test
    void aForgottenPasswordIsSetAnewFromTheLoginPageAndAResetEndsTheSession() {
        String email = "lupa." + UUID.randomUUID().toString().substring(0, 8) + "@bkpsdmd.merangin.go.id";
        String handed = createOfficer("bkpsdmd", email);

        try (AdminBrowser officer = new AdminBrowser()) {
            officer.logIn(username, handed)
                    .type("account:current", handed)
                    .type("account:newPassword", "Pertama#Saya2026")
                    .type("account:repeatPassword", "Pertama#Saya2026")
                    .click("account:changePassword")
                    .open("/account.xhtml")
                    .click("account:sendCode");
            officer.type("account:emailCode", mailbox.nextMailTo(email).code("(\\d{6})"))
                    .click("account:verifyEmail");
            officer.submitPage("menu:logout");

            officer.open("/login.xhtml").click("login:forgot");
            officer.type("forgot:login", username).submitPage("forgot:request");
            assertThat(officer.pageText()).contains("kode telah dikirim");
            TestMailbox.Received mail = mailbox.nextMailTo(email);
            assertThat(mail.text()).contains("/admin/forgot.xhtml");
            officer.type("forgot:code", mail.code("([A-Z2-9]{5}-[A-Z2-9]{5})"))
                    .type("forgot:newPassword", "Lupa#Diganti2026")
                    .type("forgot:repeatPassword", "Lupa#Diganti2026")
                    .submitPage("forgot:reset");
            assertThat(officer.text("login:resetDone")).contains("Kata sandi baru sudah disimpan");
            officer.logIn(username, "Lupa#Diganti2026");
            assertThat(officer.url()).contains("/index.xhtml");

            browser.open("/users.xhtml")
                    .clickInRow("users:rows", username, "resetPassword")
                    .confirmYes();
            assertThat(browser.text("users:handedUsername")).isEqualTo(username);

            officer.open("/review.xhtml");
            assertThat(officer.url()).as("the session of before the reset").contains("/login.xhtml");
            assertThat(officer.pageText()).contains("Sesi Anda berakhir");
        }
    }

    @Test
    void aLockedOfficerIsLoggedOutAtTheNextClickAndCannotLogIn() {
        String handed = createOfficer(
                "bkpsdmd", "kunci." + UUID.randomUUID().toString().substring(0, 8) + "@bkpsdmd.merangin.go.id");
        try (AdminBrowser officer = new AdminBrowser()) {
            officer.logIn(username, handed);
            assertThat(officer.url()).contains("/account.xhtml");

            browser.clickInRow("users:rows", username, "lock").confirmYes();
            assertThat(browser.rowContaining("users:rows", username)).contains("Dikunci");

            officer.open("/account.xhtml");
            assertThat(officer.url()).contains("/login.xhtml");
            officer.logIn(username, handed);
            assertThat(officer.text("login:refused")).contains("Akun Anda dikunci");
        }
    }
}
