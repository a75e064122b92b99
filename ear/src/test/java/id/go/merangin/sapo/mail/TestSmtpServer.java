package id.go.merangin.sapo.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The tests' mail server, GreenMail, in the test JVM: SMTP on 127.0.0.1 at the port that the tests' WildFly sends to
 * ({@code sapo.test.smtp.port}, passed to it as {@code SAPO_SMTP_PORT}), IMAP on the next port for
 * {@link TestMailbox} to read from. It takes mail for any address without a login, and lets anyone read any
 * mailbox. Only {@link TestMailbox} starts it, outside WildFly; in-container tests never load this class.
 */
final class TestSmtpServer implements AutoCloseable {

    private final GreenMail greenMail;

    private TestSmtpServer(int smtpPort) {
        greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, TestMailbox.HOST, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(smtpPort + 1, TestMailbox.HOST, ServerSetup.PROTOCOL_IMAP)
                })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    static AutoCloseable start(int smtpPort) {
        TestSmtpServer server = new TestSmtpServer(smtpPort);
        server.greenMail.start();
        return server;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
