package id.go.merangin.sapo.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Sends SAPO's mail through WildFly's mail session {@code java:jboss/mail/sapo} (ear/src/main/wildfly/mail.cli).
 *
 * <p>A service calls {@link #send(Mail)} inside its transaction. The mail leaves only once that transaction has
 * committed (a code for a reset that rolled back is never mailed), and then on a thread of the default managed
 * executor: the answer to the request never waits for the SMTP server, so "forgot password" takes the same time
 * whether the account exists or not, and a slow or dead relay holds no request thread (its timeouts, a few seconds,
 * are in the mail session). Called outside a transaction, the mail goes to the executor at once.
 *
 * <p>A mail that cannot be sent is lost, with a warning in the log that names its kind, the masked address and the
 * failure, never its text or its code. The person asks again; nothing is retried behind their back.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Resource(lookup = "java:jboss/mail/sapo")
    Session session;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    /**
     * Sends {@code mail} after the caller's transaction commits (at once without one); never waits for it to go.
     *
     * @throws IllegalArgumentException if the mail lacks a value its text needs
     */
    public void send(Mail mail) {
        Instant now = clock.instant();
        MailText text = MailText.of(mail, now);
        Runnable delivery = () -> deliver(mail, text, now);
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            hand(mail, delivery);
        } else if (status == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new AfterCommit(mail, delivery));
        } else {
            LOG.debugf(
                    "Mail %s to %s not sent: its transaction is ending without a commit",
                    mail.kind(), Mail.masked(mail.to()));
        }
    }

    /**
     * Gives the delivery to the executor; a refusal (the application stopping) is a mail not sent, never an error of
     * the caller, whose transaction has committed already.
     */
    private void hand(Mail mail, Runnable delivery) {
        try {
            executor.execute(delivery);
        } catch (RuntimeException e) {
            warnNotSent(mail, e);
        }
    }

    private void deliver(Mail mail, MailText text, Instant now) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
            message.setText(text.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            // RFC 3834: no out-of-office answers to SAPO's codes
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
            LOG.infof("Mail %s sent to %s", mail.kind(), Mail.masked(mail.to()));
        } catch (MessagingException | RuntimeException e) {
            warnNotSent(mail, e);
        }
    }

    private static void warnNotSent(Mail mail, Exception e) {
        LOG.warnf("Mail %s to %s not sent: %s", mail.kind(), Mail.masked(mail.to()), failure(e, mail.to()));
    }

    /** The failure's class and message, with the address masked where the SMTP server or the parser repeated it. */
    static String failure(Exception e, String address) {
        if (e.getMessage() == null) {
            return e.getClass().getName();
        }
        return e.getClass().getName() + ": "
                + Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE)
                        .matcher(e.getMessage())
                        .replaceAll(Matcher.quoteReplacement(Mail.masked(address)));
    }

    /** Hands the delivery to the executor once the transaction has committed; forgets it otherwise. */
    private final class AfterCommit implements Synchronization {

        private final Mail mail;
        private final Runnable delivery;

        AfterCommit(Mail mail, Runnable delivery) {
            this.mail = mail;
            this.delivery = delivery;
        }

        @Override
        public void beforeCompletion() {
            // nothing to do before the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                hand(mail, delivery);
            }
        }
    }
}
