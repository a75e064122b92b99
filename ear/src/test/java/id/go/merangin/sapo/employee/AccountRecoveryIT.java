package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.mail.TestMailbox;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An ASN's password and email from the phone, through the deployed API and a real SMTP server: the email confirmed
 * by the code of the registration's mail, a forgotten password set anew with a mailed code (once, in time, never
 * telling whether an account exists), a changed password that ends the other tokens, a password the admin OPD set,
 * and the limits on mailed codes.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRecoveryIT {

    @RegisterExtension
    static final TestMailbox mailbox = new TestMailbox();

    /** The same answer for every reset request. */
    private static final String ASKED = "{\"message\":\"If an account has this email, a code has been sent to it.\"}";

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(AccountRecoveryIT.class, TestMailbox.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Inject
    AccountAdministration administration;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    private final ApiClient api = new ApiClient();
    private MobileFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MobileFixture(organization, employees, schedules);
    }

    /** A registered ASN whose email is confirmed with the code of the registration's mail. */
    private Asn confirmedAsn() {
        Asn asn = fixture.registeredAsn();
        String code = mailbox.nextMailTo(asn.email()).code("(\\d{6})");
        assertThat(asn.phone()
                        .post(
                                "/me/email/verify",
                                Json.createObjectBuilder().add("code", code).build())
                        .status())
                .isEqualTo(204);
        return asn;
    }

    private static JsonObject reset(String email, String code, String password) {
        return Json.createObjectBuilder()
                .add("email", email)
                .add("code", code)
                .add("newPassword", password)
                .build();
    }

    private static JsonObject ask(String email) {
        return Json.createObjectBuilder().add("email", email).build();
    }

    private static JsonObject login(Asn asn, String password, String device) {
        return Json.createObjectBuilder()
                .add("nip", asn.nip())
                .add("password", password)
                .add("deviceId", device)
                .build();
    }

    @Test
    void theRegistrationsMailConfirmsTheEmailAndOnlyAConfirmedEmailRecovers() {
        Asn asn = fixture.registeredAsn();
        TestMailbox.Received welcome = mailbox.nextMailTo(asn.email());
        assertThat(welcome.subject()).isEqualTo("Kode verifikasi email SAPO");
        String code = welcome.code("(\\d{6})");
        assertThat(asn.phone().get("/me").json().getBoolean("emailVerified")).isFalse();

        assertThat(api.post("/auth/password-reset", ask(asn.email())).status()).isEqualTo(202);
        mailbox.expectNoMailTo(asn.email(), Duration.ofSeconds(3));

        String wrong = code.equals("000000") ? "111111" : "000000";
        assertThat(asn.phone()
                        .post(
                                "/me/email/verify",
                                Json.createObjectBuilder().add("code", wrong).build())
                        .code())
                .isEqualTo("CODE_INVALID");
        assertThat(asn.phone()
                        .post(
                                "/me/email/verify",
                                Json.createObjectBuilder().add("code", code).build())
                        .status())
                .isEqualTo(204);
        assertThat(asn.phone().get("/me").json().getBoolean("emailVerified")).isTrue();
        assertThat(asn.phone()
                        .post(
                                "/me/email/verify",
                                Json.createObjectBuilder().add("code", code).build())
                        .code())
                .isEqualTo("EMAIL_VERIFIED_ALREADY");

        assertThat(api.post("/auth/password-reset", ask(asn.email())).status()).isEqualTo(202);
        assertThat(mailbox.nextMailTo(asn.email()).subject()).isEqualTo("Kode untuk mengatur ulang kata sandi SAPO");
    }

    @Test
    void aForgottenPasswordIsSetAnewWithTheMailedCodeOnce() {
        Asn asn = confirmedAsn();
        ApiClient.Answer asked =
                api.post("/auth/password-reset", ask(asn.email().toUpperCase()));
        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.body()).isEqualTo(ASKED);
        String code = mailbox.nextMailTo(asn.email()).code("([A-Z2-9]{5}-[A-Z2-9]{5})");

        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), code, "pendek"))
                        .code())
                .as("a weak password spends nothing")
                .isEqualTo("WEAK_PASSWORD");
        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), code, "Baru#Sekali2026"))
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), code, "Lagi#Sekali2026"))
                        .code())
                .as("the same code again")
                .isEqualTo("CODE_INVALID");

        assertThat(asn.phone().get("/me").code()).as("the tokens of before").isEqualTo("TOKEN_REVOKED");
        assertThat(api.post("/auth/login", login(asn, asn.password(), asn.deviceId()))
                        .code())
                .isEqualTo("INVALID_CREDENTIALS");
        assertThat(api.post("/auth/login", login(asn, "Baru#Sekali2026", asn.deviceId()))
                        .status())
                .as("the new password, from the phone still bound")
                .isEqualTo(200);
        assertThat(api.post("/auth/login", login(asn, "Baru#Sekali2026", "another-phone"))
                        .code())
                .as("the bound phone stays bound")
                .isEqualTo("DEVICE_NOT_BOUND");
        assertThat(mailbox.nextMailTo(asn.email()).subject()).isEqualTo("Kata sandi SAPO Anda telah diubah");
    }

    @Test
    void anExpiredOrGuessedCodeIsRefusedAndNothingChanges() throws Exception {
        Asn asn = confirmedAsn();
        api.post("/auth/password-reset", ask(asn.email()));
        String code = mailbox.nextMailTo(asn.email()).code("([A-Z2-9]{5}-[A-Z2-9]{5})");
        // half an hour passes: the code's end is moved to one second after it was made
        update(
                "update account_code set expires_at = created_at + interval '1 second' where purpose ="
                        + " 'PASSWORD_RESET' and account_id = (select id from account where username = ?)",
                asn.nip());
        Thread.sleep(1100);
        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), code, "Baru#Sekali2026"))
                        .code())
                .isEqualTo("CODE_INVALID");

        api.post("/auth/password-reset", ask(asn.email()));
        String fresh = mailbox.nextMailTo(asn.email()).code("([A-Z2-9]{5}-[A-Z2-9]{5})");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), "AAAAA-AAAAA", "Baru#Sekali2026"))
                            .code())
                    .isEqualTo("CODE_INVALID");
        }
        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), fresh, "Baru#Sekali2026"))
                        .code())
                .as("five wrong tries spent the code")
                .isEqualTo("CODE_INVALID");
        assertThat(asn.phone().get("/me").status())
                .as("the password and tokens are as they were")
                .isEqualTo(200);

        assertThat(api.post("/auth/password-reset/confirm", reset("x".repeat(300) + "@a.id", "A", "B"))
                        .code())
                .isEqualTo("INVALID_FIELD");
        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), "A".repeat(100), "Baru#Sekali2026"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), fresh, "x".repeat(5000)))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/auth/password-reset", ask("bukan@@email")).code()).isEqualTo("INVALID_EMAIL");
    }

    @Test
    void aLockedAccountIsNotResetByMail() {
        Asn asn = confirmedAsn();
        api.post("/auth/password-reset", ask(asn.email()));
        String code = mailbox.nextMailTo(asn.email()).code("([A-Z2-9]{5}-[A-Z2-9]{5})");
        long account = administration.accountIdOf(asn.nip());
        bkpsdmd.run(() -> administration.lock(account));

        assertThat(api.post("/auth/password-reset/confirm", reset(asn.email(), code, "Baru#Sekali2026"))
                        .code())
                .isEqualTo("ACCOUNT_LOCKED");
        bkpsdmd.run(() -> administration.unlock(account));
        assertThat(api.post("/auth/login", login(asn, asn.password(), asn.deviceId()))
                        .status())
                .as("the old password still logs in")
                .isEqualTo(200);

        bkpsdmd.run(() -> administration.lock(account));
        assertThat(api.post("/auth/password-reset", ask(asn.email())).body()).isEqualTo(ASKED);
        assertThat(mailbox.nextMailTo(asn.email()).text())
                .as("no code, but a word why")
                .contains("dikunci")
                .doesNotContainPattern("[A-Z2-9]{5}-[A-Z2-9]{5}");
    }

    @Test
    void anUnknownEmailIsAnsweredAsAKnownOneInStatusBodyAndTime() {
        Asn asn = confirmedAsn();
        String unknown = "tidak.ada." + ThreadLocalRandom.current().nextInt(1_000_000) + "@uji.merangin.go.id";
        List<Long> known = new ArrayList<>();
        List<Long> none = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            known.add(timed(asn.email(), ASKED));
            none.add(timed(unknown, ASKED));
        }
        long knownMedian = known.stream().sorted().toList().get(2);
        long noneMedian = none.stream().sorted().toList().get(2);
        assertThat(Math.abs(knownMedian - noneMedian))
                .as("median ms, known %s, unknown %s", known, none)
                .isLessThan(150);
        // three codes an hour per account: the fourth and fifth requests sent nothing
        for (int i = 0; i < 3; i++) {
            mailbox.nextMailTo(asn.email());
        }
        mailbox.expectNoMailTo(asn.email(), Duration.ofSeconds(3));
    }

    private long timed(String email, String expectedBody) {
        long start = System.nanoTime();
        ApiClient.Answer answer = api.post("/auth/password-reset", ask(email));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body()).isEqualTo(expectedBody);
        return ms;
    }

    @Test
    void oneAddressAsksForAFewCodesAnHourWhateverAccountsItNames() throws IOException {
        // a client address of its own, on the loopback network, so that no other test's requests count
        ThreadLocalRandom random = ThreadLocalRandom.current();
        InetAddress client = InetAddress.getByName(
                "127." + (1 + random.nextInt(250)) + "." + random.nextInt(250) + "." + (2 + random.nextInt(250)));
        int limit = Integer.parseInt(System.getenv().getOrDefault("SAPO_CODES_PER_CLIENT_PER_HOUR", "20"));
        for (int i = 1; i <= limit; i++) {
            assertThat(rawPost(client, "/api/v1/auth/password-reset", "{\"email\":\"siapa" + i + "@uji.go.id\"}"))
                    .as("request %d", i)
                    .startsWith("HTTP/1.1 202");
        }
        String refused = rawPost(client, "/api/v1/auth/password-reset", "{\"email\":\"siapa@uji.go.id\"}");
        assertThat(refused)
                .startsWith("HTTP/1.1 429")
                .containsIgnoringCase("Retry-After: 3600")
                .contains("TOO_MANY_CODE_REQUESTS");
    }

    @Test
    void aChangedPasswordEndsEveryOtherTokenButThisOne() {
        Asn asn = fixture.registeredAsn();
        ApiClient other = new ApiClient()
                .bearer(api.post("/auth/login", asn.login()).json().getString("token"));
        JsonObject change = Json.createObjectBuilder()
                .add("currentPassword", asn.password())
                .add("newPassword", "Ganti#Sendiri2026")
                .build();

        assertThat(asn.phone()
                        .post(
                                "/me/password",
                                Json.createObjectBuilder()
                                        .add("currentPassword", asn.password())
                                        .add("newPassword", asn.nip())
                                        .build())
                        .code())
                .isEqualTo("WEAK_PASSWORD");
        // a wrong current password is counted (in a transaction of its own) before the right one changes it
        assertThat(asn.phone()
                        .post(
                                "/me/password",
                                Json.createObjectBuilder()
                                        .add("currentPassword", "salah-salah")
                                        .add("newPassword", "Ganti#Sendiri2026")
                                        .build())
                        .code())
                .isEqualTo("CURRENT_PASSWORD_WRONG");
        assertThat(other.get("/me").status()).as("nothing changed yet").isEqualTo(200);

        assertThat(asn.phone().post("/me/password", change).status()).isEqualTo(204);
        assertThat(asn.phone().get("/me").status())
                .as("the token that changed it")
                .isEqualTo(200);
        assertThat(other.get("/me").code()).isEqualTo("TOKEN_REVOKED");
        assertThat(api.post("/auth/login", login(asn, "Ganti#Sendiri2026", asn.deviceId()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aPasswordTheAdminSetIsChangedBeforeAnythingElse() {
        Asn asn = fixture.registeredAsn();
        String handed = bkpsdmd.call(() -> administration.resetPassword(administration.accountIdOf(asn.nip())));
        assertThat(asn.phone().get("/me").code()).as("the tokens of before").isEqualTo("TOKEN_REVOKED");

        ApiClient.Answer loggedIn = api.post("/auth/login", login(asn, handed, asn.deviceId()));
        assertThat(loggedIn.json().getBoolean("mustChangePassword")).isTrue();
        ApiClient phone = new ApiClient().bearer(loggedIn.json().getString("token"));
        assertThat(phone.get("/attendance/today").code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(phone.get("/me").json().getBoolean("mustChangePassword")).isTrue();

        assertThat(phone.post(
                                "/me/password",
                                Json.createObjectBuilder()
                                        .add("currentPassword", handed)
                                        .add("newPassword", "Pilihan#Sendiri2026")
                                        .build())
                        .status())
                .isEqualTo(204);
        assertThat(phone.get("/attendance/today").status()).isEqualTo(200);
    }

    /** POSTs JSON over a socket bound to {@code client}, answering the status line and headers and body as text. */
    private static String rawPost(InetAddress client, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(client, 0));
            int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
