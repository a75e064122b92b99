package id.go.merangin.sapo.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mailboxes of the system tests: what SAPO mailed to an address, read the way its owner would read it.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TestMailbox mailbox = new TestMailbox();
 * ...
 * TestMailbox.Received mail = mailbox.nextMailTo("budi@merangin.go.id");
 * String code = mail.code("kata sandi SAPO Anda: (\\d{6})");
 * </pre>
 *
 * <p>The mail server (GreenMail, {@link TestSmtpServer}) runs in the test JVM from the first test of the class to its
 * last; the tests' WildFly sends to it ({@code SAPO_SMTP_HOST}/{@code SAPO_SMTP_PORT} in ear/pom.xml). The mailbox is
 * read over IMAP, so the same calls work in a test that runs inside WildFly (Arquillian's in-container mode; add
 * {@code TestMailbox.class} to {@code SapoDeployment.earWithTests(…)}) and in one that runs outside it. SAPO sends
 * after its transaction commits and on another thread, so the reading waits ({@link #PATIENCE} at most).
 *
 * <p>Taking a mail removes it from the mailbox: {@link #nextMailTo} answers the oldest mail not yet taken. Give each
 * test addresses of its own.
 */
public final class TestMailbox implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** How long a test waits for a mail at most: sent after commit, on another thread, by a busy test server. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    static final String HOST = "127.0.0.1";

    private static final Duration POLL = Duration.ofMillis(200);

    private final int smtpPort;
    private AutoCloseable server;
    private boolean startedForOneTest;

    public TestMailbox() {
        smtpPort = Optional.ofNullable(System.getProperty("sapo.test.smtp.port"))
                .or(() -> Optional.ofNullable(System.getenv("SAPO_SMTP_PORT")))
                .map(Integer::parseInt)
                .orElse(3125);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // registered on an instance field, the extension sees no beforeAll: one server per test then
        if (server == null && start(context)) {
            startedForOneTest = true;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (startedForOneTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    /** Starts the server unless this JVM is WildFly running a test for Arquillian (the test JVM has it then). */
    private boolean start(ExtensionContext context) {
        boolean insideWildFly = context.getConfigurationParameter(ArquillianExtension.RUNNING_INSIDE_ARQUILLIAN)
                .map(Boolean::parseBoolean)
                .orElse(false);
        if (insideWildFly || server != null) {
            return false;
        }
        server = TestSmtpServer.start(smtpPort);
        return true;
    }

    private void stop() throws Exception {
        if (server != null) {
            server.close();
            server = null;
            startedForOneTest = false;
        }
    }

    /** The oldest mail to {@code address} not yet taken, waiting for it up to {@link #PATIENCE}. */
    public Received nextMailTo(String address) {
        return nextMailTo(address, PATIENCE);
    }

    /** The oldest mail to {@code address} not yet taken, waiting for it up to {@code patience}. */
    public Received nextMailTo(String address, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            Optional<Received> mail = take(address);
            if (mail.isPresent()) {
                return mail.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("No mail to " + address + " arrived within " + patience.toSeconds() + " s");
            }
            pause();
        }
    }

    /** Fails if a mail to {@code address} arrives within {@code during} (which this call waits out). */
    public void expectNoMailTo(String address, Duration during) {
        Instant end = Instant.now().plus(during);
        while (true) {
            Optional<Received> mail = take(address);
            if (mail.isPresent()) {
                throw new AssertionError("Expected no mail to " + address + ", got \""
                        + mail.get().subject() + "\"");
            }
            if (Instant.now().isAfter(end)) {
                return;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for mail", e);
        }
    }

    /** Takes the oldest mail out of {@code address}'s inbox, if there is one. */
    private Optional<Received> take(String address) {
        Properties properties = new Properties();
        properties.setProperty("mail.imap.connectiontimeout", "5000");
        properties.setProperty("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        try {
            Store store = session.getStore("imap");
            store.connect(HOST, smtpPort + 1, address, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                try {
                    if (inbox.getMessageCount() == 0) {
                        return Optional.empty();
                    }
                    Message oldest = inbox.getMessage(1);
                    Received received = Received.of(address, oldest);
                    oldest.setFlag(Flags.Flag.DELETED, true);
                    return Optional.of(received);
                } finally {
                    inbox.close(true);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(
                    "Cannot read the test mailbox of " + address + " on " + HOST + ":" + (smtpPort + 1)
                            + " (is TestMailbox registered with @RegisterExtension?)",
                    e);
        }
    }

    /** A mail as it arrived: its sender, subject, text body and headers (each with all its values, in order). */
    public record Received(String to, String from, String subject, String text, Map<String, List<String>> headers) {

        static Received of(String to, Message message) throws MessagingException, IOException {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(header.getValue());
            }
            Address[] from = message.getFrom();
            return new Received(
                    to,
                    from == null || from.length == 0 ? null : from[0].toString(),
                    message.getSubject(),
                    text(message.getContent()),
                    headers);
        }

        private static String text(Object content) throws MessagingException, IOException {
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
                        return text(part.getContent());
                    }
                }
            }
            throw new AssertionError("The mail has no plain-text body: " + content);
        }

        /** The first value of header {@code name} (any case), or {@code null}. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        /**
         * The code in the text: the first group of {@code regex} if it has one, else its whole match. Fails if the
         * text has none.
         */
        public String code(String regex) {
            Matcher matcher = Pattern.compile(regex).matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No match of " + regex + " in the mail \"" + subject + "\":\n" + text);
            }
            return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
        }
    }
}
