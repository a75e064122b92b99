package id.go.merangin.sapo.employee;

import static id.go.merangin.sapo.api.MobileFixture.OFFICE;
import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.security.AsBkpsdmd;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ASN's account as the phone meets it: registration against the master data, the one bound phone, tokens
 * that expire and can be revoked, the lockout, and an admin's lock or reset taking effect on the next request.
 */
@ExtendWith(ArquillianExtension.class)
class MobileAccountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(MobileAccountIT.class);
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
    ActivationCodes activationCodes;

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

    @Test
    void registersAnAsnOfASelfActivatingOpdAsActive() throws SQLException {
        Asn asn = fixture.masterRecord();

        ApiClient.Answer answer = api.post("/auth/register", asn.registration());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().getString("status")).isEqualTo("ACTIVE");
        assertThat(answer.json().getString("nip")).isEqualTo(asn.nip());
        assertThat(auditedFrom("ACCOUNT_REGISTERED", asn.nip()))
                .as("the phone's address in the audit log")
                .isEqualTo("127.0.0.1");
    }

    /** The source address of the audit entry of {@code action} whose detail holds {@code detail}. */
    private String auditedFrom(String action, String detail) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement entry = connection.prepareStatement("select source_address from audit_entry"
                        + " where action = ? and detail like ? order by occurred_at desc limit 1")) {
            entry.setString(1, action);
            entry.setString(2, "%" + detail + "%");
            try (ResultSet row = entry.executeQuery()) {
                return row.next() ? row.getString(1) : "no entry";
            }
        }
    }

    @Test
    void keepsTheAccountPendingWhereTheOpdVerifiesFirst() {
        String opd = "IT-V" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String nip = "198805172012031" + String.format("%03d", (int) (Math.random() * 1000));
        long employee = bkpsdmd.call(() -> {
            organization.createOpd(opd, "Kecamatan Uji Verifikasi", null, false);
            return employees.addMasterRecord(nip, "Siti Aminah", java.time.LocalDate.of(1988, 5, 17), null, null, opd);
        });
        String code = bkpsdmd.call(() -> activationCodes.issue(employee).code());
        Asn asn = new Asn(
                0,
                nip,
                java.time.LocalDate.of(1988, 5, 17),
                code,
                "siti" + nip + "@uji.go.id",
                "Bangko#2026!",
                "phone-" + UUID.randomUUID(),
                null);

        assertThat(api.post("/auth/register", asn.registration()).json().getString("status"))
                .isEqualTo("PENDING");
        ApiClient.Answer login = api.post("/auth/login", asn.login());
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("ACCOUNT_PENDING");

        bkpsdmd.run(() -> administration.activate(administration.accountIdOf(nip)));
        assertThat(api.post("/auth/login", asn.login()).status()).isEqualTo(200);
    }

    @Test
    void refusesARegistrationThatDoesNotMatchTheMasterData() {
        Asn asn = fixture.masterRecord();
        JsonObject wrongBirthDate = Json.createObjectBuilder(asn.registration())
                .add("birthDate", asn.birthDate().plusDays(1).toString())
                .build();

        ApiClient.Answer answer = api.post("/auth/register", wrongBirthDate);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("NOT_IN_MASTER_DATA");
    }

    @Test
    void refusesRegisteringTwiceAndAWeakPassword() {
        Asn asn = fixture.masterRecord();
        JsonObject nipAsPassword = Json.createObjectBuilder(asn.registration())
                .add("password", asn.nip())
                .build();
        ApiClient.Answer weak = api.post("/auth/register", nipAsPassword);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("WEAK_PASSWORD");

        assertThat(api.post("/auth/register", asn.registration()).status()).isEqualTo(201);
        ApiClient.Answer twice = api.post(
                "/auth/register",
                Json.createObjectBuilder(asn.registration())
                        .add("deviceId", "another-phone")
                        .add("email", "lain" + asn.email())
                        .build());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_REGISTERED");
    }

    @Test
    void logsInWithNipOrEmailAndReadsTheProfile() {
        Asn asn = fixture.registeredAsn();
        JsonObject byEmail = Json.createObjectBuilder()
                .add("email", asn.email().toUpperCase())
                .add("password", asn.password())
                .add("deviceId", asn.deviceId())
                .build();
        ApiClient.Answer login = api.post("/auth/login", byEmail);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().getString("token")).hasSizeGreaterThan(40);
        assertThat(login.json().getString("expiresAt")).isNotBlank();

        JsonObject me = asn.phone().get("/me").json();
        assertThat(me.getString("nip")).isEqualTo(asn.nip());
        assertThat(me.getJsonObject("opd").getString("code")).isEqualTo(fixture.opd);
        assertThat(me.getJsonArray("locations")).hasSize(1);
        JsonObject office = me.getJsonArray("locations").getJsonObject(0);
        assertThat(office.getJsonNumber("latitude").doubleValue()).isEqualTo(OFFICE.latitude());
        assertThat(office.getJsonNumber("radiusM").doubleValue()).isEqualTo(100.0);
        assertThat(me.getJsonObject("today")
                        .getJsonObject("windows")
                        .getJsonObject("CHECK_IN")
                        .getString("opens"))
                .isEqualTo("06:00");
        assertThat(me.getJsonObject("device").getString("deviceId")).isEqualTo(asn.deviceId());
        assertThat(me.getBoolean("hasPhoto"))
                .as("the registration selfie is kept")
                .isTrue();
        ApiClient.Answer photo = asn.phone().get("/me/photo");
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).startsWith("image/jpeg");
    }

    @Test
    void refusesAnotherPhoneAndTakesARebindRequest() {
        Asn asn = fixture.registeredAsn();
        JsonObject newPhone = Json.createObjectBuilder(asn.login())
                .add("deviceId", "new-phone-" + asn.nip())
                .build();

        ApiClient.Answer login = api.post("/auth/login", newPhone);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("DEVICE_NOT_BOUND");

        JsonObject rebind = Json.createObjectBuilder()
                .add("nip", asn.nip())
                .add("password", asn.password())
                .add("deviceId", "new-phone-" + asn.nip())
                .add("deviceModel", "Xiaomi Redmi 13")
                .add("reason", "Ponsel lama hilang")
                .build();
        ApiClient.Answer request = api.post("/devices/rebind-requests", rebind);
        assertThat(request.status()).isEqualTo(201);
        assertThat(request.json().getString("status")).isEqualTo("PENDING");
    }

    @Test
    void locksTheAccountForAWhileAfterFiveWrongPasswords() {
        Asn asn = fixture.registeredAsn();
        JsonObject wrong = Json.createObjectBuilder(asn.login())
                .add("password", "salah-salah")
                .build();
        for (int i = 1; i <= 4; i++) {
            assertThat(api.post("/auth/login", wrong).code()).isEqualTo("INVALID_CREDENTIALS");
        }

        ApiClient.Answer fifth = api.post("/auth/login", wrong);
        assertThat(fifth.status()).isEqualTo(403);
        assertThat(fifth.code()).isEqualTo("ACCOUNT_LOCKED_OUT");
        assertThat(fifth.json().getString("detail")).contains("15 menit");
        assertThat(api.post("/auth/login", asn.login()).code()).isEqualTo("ACCOUNT_LOCKED_OUT");
    }

    @Test
    void endsTheSessionOnLogoutAndWhenTheTokenExpires() throws Exception {
        Asn asn = fixture.registeredAsn();
        assertThat(asn.phone().get("/me").status()).isEqualTo(200);
        assertThat(asn.phone().post("/auth/logout", "").status()).isEqualTo(204);
        ApiClient.Answer revoked = asn.phone().get("/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("TOKEN_REVOKED");

        String token = api.post("/auth/login", asn.login()).json().getString("token");
        try (Connection connection = database.getConnection();
                PreparedStatement expire = connection.prepareStatement(
                        "update api_token set expires_at = issued_at - interval '1 second' where revoked_at is null"
                                + " and account_id = (select id from account where username = ?)")) {
            expire.setString(1, asn.nip());
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        ApiClient.Answer expired = new ApiClient().bearer(token).get("/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("TOKEN_EXPIRED");
        assertThat(new ApiClient().bearer("made-up-token").get("/me").code()).isEqualTo("TOKEN_INVALID");
        assertThat(new ApiClient().get("/me").status()).isEqualTo(401);
    }

    @Test
    void takesAnAdminLockAndAPhoneResetOnTheNextRequest() {
        Asn locked = fixture.registeredAsn();
        bkpsdmd.run(() -> administration.lock(administration.accountIdOf(locked.nip())));
        ApiClient.Answer refused = locked.phone()
                .with("Idempotency-Key", "k-" + UUID.randomUUID())
                .post("/attendance", checkIn("CHECK_IN", OFFICE, 5));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).as("locking revokes the tokens").isEqualTo("TOKEN_REVOKED");
        assertThat(api.post("/auth/login", locked.login()).code()).isEqualTo("ACCOUNT_LOCKED");

        Asn reset = fixture.registeredAsn();
        bkpsdmd.run(() -> administration.resetDevice(administration.accountIdOf(reset.nip())));
        assertThat(reset.phone().get("/me").code()).isEqualTo("DEVICE_NOT_BOUND");
        JsonObject newPhone = Json.createObjectBuilder(reset.login())
                .add("deviceId", "replacement-" + reset.nip())
                .build();
        assertThat(api.post("/auth/login", newPhone).status()).isEqualTo(200);
        assertThat(api.post("/auth/login", reset.login()).code()).isEqualTo("DEVICE_NOT_BOUND");
    }

    @Test
    void answersInEnglishWhenAsked() {
        ApiClient.Answer answer = api.with("Accept-Language", "en-US,en;q=0.9")
                .post(
                        "/auth/login",
                        Json.createObjectBuilder()
                                .add("nip", "199001152015031001")
                                .add("password", "whatever-1")
                                .add("deviceId", "x")
                                .build());
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().getString("detail")).isEqualTo("Wrong NIP/email or password.");
    }
}
