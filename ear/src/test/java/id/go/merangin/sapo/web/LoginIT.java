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
 * Officers log in to the admin screens in a real browser with the README's demo logins; the menu follows the role;
 * a wrong password is refused with a message; logging out ends the session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT extends AdminScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return SapoDeployment.ear();
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginPage() {
        browser.open("/index.xhtml");
        assertThat(browser.url()).contains("/admin/login.xhtml");
        assertThat(browser.pageText()).contains("Sistem Absensi Pegawai Online Kabupaten Merangin");
        browser.screenshot("login");
    }

    @Test
    void logsInBkpsdmdWithTheWholeMenu() {
        browser.logIn("bkpsdmd", DEMO_PASSWORD);

        assertThat(browser.url()).contains("/admin/index.xhtml");
        assertThat(browser.text("menu:who")).isEqualTo("bkpsdmd (BKPSDMD)");
        assertThat(browser.has("menu:audit")).isTrue();
        assertThat(browser.has("menu:schedules")).isTrue();
        browser.screenshot("home-bkpsdmd");
    }

    @Test
    void logsInAnAdminOpdWithoutTheBkpsdmdMenu() {
        browser.logIn("admin.diskominfo", DEMO_PASSWORD);

        assertThat(browser.text("menu:who")).isEqualTo("admin.diskominfo (Admin OPD)");
        assertThat(browser.has("menu:asn")).isTrue();
        assertThat(browser.has("menu:audit")).isFalse();
        browser.screenshot("home-admin-opd");
    }

    @Test
    void refusesAWrongPasswordWithAMessage() {
        browser.logIn("pimpinan.bangko", "bukan-sandinya");

        assertThat(browser.url()).contains("/admin/login.xhtml");
        assertThat(browser.text("login:refused")).contains("Nama pengguna atau kata sandi salah.");
        browser.screenshot("login-refused");
    }

    @Test
    void aMistypedPasswordLeavesEveryScreenReachable() {
        browser.logIn("pimpinan.bangko", "salah-ketik");

        // the next screen asked for answers the login page, not an empty one; the officer can log in from it
        browser.open("/index.xhtml");
        assertThat(browser.url()).contains("/admin/login.xhtml");
        assertThat(browser.has("login:username")).isTrue();
        browser.open("/recap.xhtml");
        assertThat(browser.has("login:username")).isTrue();

        browser.logIn("pimpinan.bangko", DEMO_PASSWORD);
        assertThat(browser.url()).contains("/admin/index.xhtml");
        assertThat(browser.text("menu:who")).isEqualTo("pimpinan.bangko (Pimpinan)");
    }

    @Test
    void anUnknownRefusalCodeInTheAddressSaysNothing() {
        browser.open("/login.xhtml?refused=%3Cb%3Ex%3C/b%3E");
        assertThat(browser.has("login:refused")).isFalse();
        browser.open("/login.xhtml?refused=ACCOUNT_LOCKED");
        assertThat(browser.text("login:refused")).isEqualTo("Akun Anda dikunci. Hubungi BKPSDMD.");
    }

    @Test
    void endsTheSessionOnLogout() {
        browser.logIn("pimpinan.diskominfo", DEMO_PASSWORD);
        assertThat(browser.text("menu:who")).isEqualTo("pimpinan.diskominfo (Pimpinan)");

        browser.submitPage("menu:logout");

        assertThat(browser.url()).contains("/admin/login.xhtml");
        assertThat(browser.text("login:loggedOut")).isEqualTo("Anda sudah keluar.");
        browser.open("/index.xhtml");
        assertThat(browser.url()).contains("/admin/login.xhtml");
    }
}
