package id.go.merangin.sapo.mail;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.employee.Language;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole way of a mail: a service's {@link Outbox#send} inside its transaction, WildFly's mail session
 * {@code java:jboss/mail/sapo} (mail.cli), the SMTP server of the tests (GreenMail, {@link TestMailbox}), and the
 * mail as its reader gets it. It leaves only when the transaction commits.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @RegisterExtension
    static final TestMailbox mailbox = new TestMailbox();

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(MailIT.class, TestMailbox.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    UserTransaction transaction;

    private static String freshAddress() {
        return "asn." + UUID.randomUUID().toString().substring(0, 8) + "@merangin.go.id";
    }

    private static Mail resetCode(String to) {
        return new Mail(
                to,
                Language.ID,
                MailKind.PASSWORD_RESET_CODE,
                Map.of(
                        "name",
                        "Rahmat Hidayat — Diskominfo",
                        "code",
                        "483920",
                        "minutes",
                        "15",
                        "url",
                        "https://sapo.merangin.go.id/app/#/lupa-sandi"));
    }

    @Test
    void mailsTheResetCodeInIndonesianOnceItsTransactionCommits() throws Exception {
        String to = freshAddress();

        transaction.begin();
        outbox.send(resetCode(to));
        transaction.commit();

        TestMailbox.Received mail = mailbox.nextMailTo(to);
        assertThat(mail.from()).isEqualTo("sapo-test@merangin.go.id");
        assertThat(mail.subject()).isEqualTo("Kode untuk mengatur ulang kata sandi SAPO");
        assertThat(mail.text())
                .startsWith("Yth. Rahmat Hidayat — Diskominfo,")
                .contains("Berlaku 15 menit, hanya sekali.")
                .contains("https://sapo.merangin.go.id/app/#/lupa-sandi")
                .contains("Jika Anda tidak memintanya, abaikan email ini; kata sandi Anda tidak berubah.");
        assertThat(mail.code("kata sandi SAPO Anda: (\\d{6})")).isEqualTo("483920");
        assertThat(mail.header("Content-Type"))
                .containsIgnoringCase("text/plain")
                .containsIgnoringCase("charset=UTF-8");
        assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-generated");
    }

    @Test
    void sendsNothingWhenItsTransactionRollsBack() throws Exception {
        String to = freshAddress();

        transaction.begin();
        outbox.send(resetCode(to));
        transaction.rollback();

        mailbox.expectNoMailTo(to, Duration.ofSeconds(5));
    }

    @Test
    void sendsAtOnceWithoutATransactionInTheAccountsLanguage() {
        String to = freshAddress();

        outbox.send(new Mail(to, Language.EN, MailKind.PASSWORD_CHANGED, Map.of("name", "Rahmat Hidayat")));

        TestMailbox.Received mail = mailbox.nextMailTo(to);
        assertThat(mail.subject()).isEqualTo("Your SAPO password was changed");
        assertThat(mail.text())
                .startsWith("Dear Rahmat Hidayat,")
                .containsPattern("was changed on .+ WIB\\.")
                .contains("contact your OPD admin at once");
    }
}
