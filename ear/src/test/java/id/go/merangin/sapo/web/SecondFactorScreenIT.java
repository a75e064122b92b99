package id.go.merangin.sapo.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.employee.Totp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officers' second factor in the browser: BKPSDMD requires it of an officer on Pengguna; at the first login the
 * officer enrols an authenticator app from the QR code (the test is the app: it computes the codes from the secret
 * shown), gets ten recovery codes once, and from then on logs in with a code; a wrong code is refused, a recovery
 * code works once, and BKPSDMD's reset makes the officer enrol again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondFactorScreenIT extends AdminScreenTest {

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

    private static String codeOf(String secret, long stepsAhead) {
        return Totp.codeAt(secret.replace(" ", ""), Instant.now().plus(Totp.STEP.multipliedBy(stepsAhead)));
    }

    @Test
    void anOfficerEnrolsAtTheFirstLoginAndThenLogsInWithACodeOrARecoveryCodeOnce() {
        username = "tfa." + UUID.randomUUID().toString().substring(0, 8);
        browser.logIn("bkpsdmd", DEMO_PASSWORD).open("/users.xhtml");
        browser.click("users:create");
        browser.waitFor("users:username");
        browser.type("users:username", username).type("users:displayName", "Petugas Dua Langkah");
        browser.choose("users:role", "Admin OPD");
        browser.clickVisible("[id='users:secondFactorRequired'] .ui-chkbox-box");
        browser.click("users:save");
        String handed = browser.text("users:handedPassword");
        assertThat(browser.rowContaining("users:rows", username)).contains("Wajib, belum diaktifkan");

        try (AdminBrowser officer = new AdminBrowser()) {
            officer.logIn(username, handed);
            assertThat(officer.url()).contains("/login-enrol.xhtml");
            assertThat(officer.imageLoaded("qr")).as("the QR code").isTrue();
            String secret = officer.text("enrol:secret");
            assertThat(secret.replace(" ", "")).matches("[A-Z2-7]{32}");
            officer.screenshot("second-factor-enrol");
            officer.type("enrol:value", "000000".equals(codeOf(secret, 0)) ? "111111" : "000000")
                    .submitPage("enrol:submit");
            assertThat(officer.pageText()).as("a wrong code enrols nothing").contains("Kode salah");
            // the enrolment's code is kept: on a busy machine the clock may be in the next step when it is tried again
            String enrolmentCode = codeOf(secret, 0);
            officer.type("enrol:value", enrolmentCode).submitPage("enrol:submit");
            List<String> recovery = Arrays.asList(officer.text("recoveryCodes").split("\\s*\\n\\s*"));
            assertThat(recovery).hasSize(10).allMatch(code -> code.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
            officer.submitPage("enrol:proceed");
            assertThat(officer.url()).as("then the handed password is changed").contains("/account.xhtml");
            officer.type("account:current", handed)
                    .type("account:newPassword", "Dua#Langkah2026")
                    .type("account:repeatPassword", "Dua#Langkah2026")
                    .click("account:changePassword");
            assertThat(officer.url()).contains("/index.xhtml");
            officer.submitPage("menu:logout");

            officer.logIn(username, "Dua#Langkah2026");
            assertThat(officer.url()).contains("/login-code.xhtml");
            officer.type("code:value", enrolmentCode).submitPage("code:submit");
            assertThat(officer.url()).as("the enrolment's code, again").contains("/login-code.xhtml");
            assertThat(officer.pageText()).contains("Kode salah atau sudah dipakai");
            officer.type("code:value", codeOf(secret, 1)).submitPage("code:submit");
            assertThat(officer.url()).as("the next step's code").contains("/index.xhtml");
            officer.submitPage("menu:logout");

            officer.logIn(username, "Dua#Langkah2026");
            officer.type("code:value", recovery.get(3).toLowerCase()).submitPage("code:submit");
            assertThat(officer.url()).as("a recovery code").contains("/index.xhtml");
            officer.submitPage("menu:logout");
            officer.logIn(username, "Dua#Langkah2026");
            officer.type("code:value", recovery.get(3)).submitPage("code:submit");
            assertThat(officer.url()).as("the same recovery code twice").contains("/login-code.xhtml");

            browser.open("/users.xhtml")
                    .clickInRow("users:rows", username, "resetSecondFactor")
                    .confirmYes();
            officer.logIn(username, "Dua#Langkah2026");
            assertThat(officer.url()).as("enrols again after BKPSDMD's reset").contains("/login-enrol.xhtml");
        }
        assertThat(TestDatabase.number(
                        "select count(*) from audit_entry where action in ('SECOND_FACTOR_ENROLLED',"
                                + " 'RECOVERY_CODE_USED', 'SECOND_FACTOR_RESET') and entity_id = (select id::text from account where"
                                + " username = ?)",
                        username))
                .isEqualTo(3);
    }
}
