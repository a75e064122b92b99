package id.go.merangin.sapo.security;

import static id.go.merangin.sapo.api.MobileFixture.OFFICE;
import static id.go.merangin.sapo.api.MobileFixture.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.employee.AccountAdministration;
import id.go.merangin.sapo.employee.AccountService;
import id.go.merangin.sapo.employee.ActivationCodes;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.employee.OfficerAccounts;
import id.go.merangin.sapo.employee.OfficerLogin;
import id.go.merangin.sapo.employee.Role;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.ConflictException;
import id.go.merangin.sapo.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account findings of the security round, each tried as an attacker would: guessing a password through every
 * endpoint that takes one (the phone's login, its request to move to a new phone, the admin screens' login), the
 * answer's time telling whether a login name exists, one phone bound to two ASN, tokens that outlive a lock, and a
 * refused change that still commits half of itself.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(AccountSecurityIT.class);
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
    AccountService accounts;

    @Inject
    OfficerAccounts officers;

    @Inject
    OfficerLogin officerLogin;

    @Inject
    ActivationCodes activationCodes;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Inject
    AsDiskominfoAdmin diskominfoAdmin;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    private final ApiClient api = new ApiClient();
    private MobileFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MobileFixture(organization, employees, schedules);
    }

    @Test
    void guessesThroughTheLoginAndTheRebindRequestShareOneLockout() {
        Asn asn = fixture.registeredAsn();
        for (int i = 1; i <= 2; i++) {
            assertThat(api.post("/auth/login", wrongLogin(asn)).code()).isEqualTo("INVALID_CREDENTIALS");
        }
        for (int i = 1; i <= 2; i++) {
            assertThat(api.post("/devices/rebind-requests", rebind(asn.nip(), "salah-salah"))
                            .code())
                    .isEqualTo("INVALID_CREDENTIALS");
        }

        ApiClient.Answer fifth = api.post("/devices/rebind-requests", rebind(asn.nip(), "salah-salah"));
        assertThat(fifth.status()).isEqualTo(403);
        assertThat(fifth.code()).isEqualTo("ACCOUNT_LOCKED_OUT");
        ApiClient.Answer rightButLockedOut = api.post("/devices/rebind-requests", rebind(asn.nip(), asn.password()));
        assertThat(rightButLockedOut.code())
                .as("the right password while locked out")
                .isEqualTo("ACCOUNT_LOCKED_OUT");
        assertThat(api.post("/auth/login", asn.login()).code()).isEqualTo("ACCOUNT_LOCKED_OUT");
        assertThat(rebindRequestsOf(asn.nip())).as("no request was taken").isZero();
    }

    @Test
    void anOfficersPasswordCannotBeGuessedThroughThePhonesEndpoints() {
        String username = "officer." + UUID.randomUUID().toString().substring(0, 8);
        String password = bkpsdmd.call(
                        () -> officers.create(username, "Petugas Uji", null, Role.BKPSDMD, "BKPSDMD", false))
                .password();

        ApiClient.Answer right = api.post("/devices/rebind-requests", rebind(username, password));
        assertThat(right.status())
                .as("an officer's right password asks for nothing")
                .isEqualTo(403);
        assertThat(right.code()).isEqualTo("NOT_AN_ASN_ACCOUNT");
        for (int i = 1; i <= 4; i++) {
            assertThat(api.post("/devices/rebind-requests", rebind(username, "tebakan-" + i))
                            .code())
                    .isEqualTo("INVALID_CREDENTIALS");
        }
        assertThat(api.post(
                                "/auth/login",
                                Json.createObjectBuilder()
                                        .add("nip", username)
                                        .add("password", "tebakan-5")
                                        .add("deviceId", "guesser")
                                        .build())
                        .code())
                .isEqualTo("ACCOUNT_LOCKED_OUT");

        assertThatThrownBy(() -> officerLogin.password(username, password.toCharArray()))
                .as("the admin screens' login, with the right password, while locked out")
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.code().name()).isEqualTo("ACCOUNT_LOCKED_OUT"));
    }

    @Test
    void anUnknownLoginNameTakesAsLongAsAWrongPassword() {
        Asn asn = fixture.registeredAsn();
        JsonObject unknown = Json.createObjectBuilder()
                .add("nip", "199001012020121999")
                .add("password", "salah-salah")
                .add("deviceId", "guesser")
                .build();
        api.post("/auth/login", unknown);
        List<Long> known = new ArrayList<>();
        List<Long> unknownName = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // four wrong passwords: one fewer than the lockout
            known.add(timed(() ->
                    assertThat(api.post("/auth/login", wrongLogin(asn)).code()).isEqualTo("INVALID_CREDENTIALS")));
            unknownName.add(timed(
                    () -> assertThat(api.post("/auth/login", unknown).code()).isEqualTo("INVALID_CREDENTIALS")));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknownName);
        System.out.printf(
                "login answer: known name, wrong password %d ms; unknown name %d ms (median of 4)%n",
                knownMedian, unknownMedian);
        // the password hash (PBKDF2, 210,000 rounds) is most of the time: without it an unknown name answers in a
        // small fraction of the time
        assertThat(unknownMedian)
                .as("an unknown name also costs a password hash")
                .isGreaterThan(knownMedian / 2);
    }

    @Test
    void aPhoneBoundToOneAsnCannotBeBoundToAnother() throws SQLException {
        Asn owner = fixture.registeredAsn();
        Asn other = fixture.registeredAsn();
        bkpsdmd.run(() -> administration.resetDevice(administration.accountIdOf(other.nip())));

        JsonObject withOwnersPhone = Json.createObjectBuilder(other.login())
                .add("deviceId", owner.deviceId())
                .build();
        ApiClient.Answer login = api.post("/auth/login", withOwnersPhone);
        assertThat(login.status()).isEqualTo(409);
        assertThat(login.code()).isEqualTo("DEVICE_IN_USE");
        assertThat(api.post("/auth/login", other.login()).status())
                .as("their own phone still binds")
                .isEqualTo(200);

        ApiClient.Answer request = api.post("/devices/rebind-requests", rebindTo(other, owner.deviceId()));
        assertThat(request.status()).isEqualTo(201);
        long requestId = request.json().getJsonNumber("id").longValue();
        assertThatThrownBy(() -> bkpsdmd.run(() -> administration.approveRebind(requestId)))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code().name()).isEqualTo("DEVICE_IN_USE"));

        try (Connection connection = database.getConnection();
                PreparedStatement bindAgain = connection.prepareStatement("insert into device"
                        + " (id, account_id, device_id, bound_at) select -id, id, ?, now()"
                        + " from account where username = ?")) {
            connection
                    .prepareStatement("update device set released_at = now() where released_at is null"
                            + " and account_id = (select id from account where username = '" + other.nip() + "')")
                    .executeUpdate();
            bindAgain.setString(1, owner.deviceId());
            bindAgain.setString(2, other.nip());
            assertThatThrownBy(bindAgain::executeUpdate)
                    .as("the database itself refuses")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("device_bound_to_one_account");
        }
    }

    @Test
    void lockingAnAccountEndsItsTokensForGood() {
        Asn asn = fixture.registeredAsn();
        long account = administration.accountIdOf(asn.nip());
        bkpsdmd.run(() -> administration.lock(account));
        ApiClient.Answer locked = asn.phone()
                .with("Idempotency-Key", "k-" + UUID.randomUUID())
                .post("/attendance", checkIn("CHECK_IN", OFFICE, 5));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.code()).isEqualTo("TOKEN_REVOKED");
        assertThat(api.post("/auth/login", asn.login()).code()).isEqualTo("ACCOUNT_LOCKED");

        bkpsdmd.run(() -> administration.unlock(account));
        assertThat(asn.phone().get("/me").code())
                .as("unlocking revives no token")
                .isEqualTo("TOKEN_REVOKED");
        assertThat(api.post("/auth/login", asn.login()).status()).isEqualTo(200);
    }

    @Test
    void registrationNeedsTheActivationCodeThatTheNipCannotGive() {
        Asn asn = fixture.masterRecord();
        JsonObject withoutCode = Json.createObjectBuilder(asn.registration())
                .remove("activationCode")
                .build();
        ApiClient.Answer missing = api.post("/auth/register", withoutCode);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo("MISSING_FIELD");
        Asn other = fixture.masterRecord();
        ApiClient.Answer othersCode = api.post(
                "/auth/register",
                Json.createObjectBuilder(asn.registration())
                        .add("activationCode", other.activationCode())
                        .build());
        assertThat(othersCode.status()).isEqualTo(422);
        assertThat(othersCode.code()).isEqualTo("ACTIVATION_CODE_INVALID");
        for (int i = 2; i <= 5; i++) {
            assertThat(api.post(
                                    "/auth/register",
                                    Json.createObjectBuilder(asn.registration())
                                            .add("activationCode", "ZZZZ-ZZZ" + i)
                                            .build())
                            .code())
                    .isEqualTo("ACTIVATION_CODE_INVALID");
        }

        ApiClient.Answer spent = api.post("/auth/register", asn.registration());
        assertThat(spent.code()).as("the right code after five wrong ones").isEqualTo("ACTIVATION_CODE_INVALID");
        assertThatThrownBy(() -> administration.accountIdOf(asn.nip()))
                .as("no account")
                .isInstanceOf(NotFoundException.class);

        String second =
                bkpsdmd.call(() -> activationCodes.issue(asn.employeeId()).code());
        assertThat(api.post(
                                "/auth/register",
                                Json.createObjectBuilder(asn.registration())
                                        .add(
                                                "activationCode",
                                                second.toLowerCase().replace("-", " "))
                                        .build())
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/auth/register",
                                Json.createObjectBuilder(other.registration())
                                        .add("activationCode", second)
                                        .build())
                        .code())
                .as("a code works once, for its ASN")
                .isEqualTo("ACTIVATION_CODE_INVALID");
        assertThat(api.post("/auth/register", other.registration()).status()).isEqualTo(201);
    }

    @Test
    void anAdminOpdIssuesCodesForTheirOwnAsnOnly() {
        Asn asn = fixture.masterRecord();
        assertThatThrownBy(() -> diskominfoAdmin.call(() -> activationCodes.issue(asn.employeeId())))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.code().name()).isEqualTo("FORBIDDEN_OPD"));
        Asn registered = fixture.registeredAsn();
        assertThatThrownBy(() -> bkpsdmd.call(() -> activationCodes.issue(registered.employeeId())))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.code().name()).isEqualTo("ALREADY_REGISTERED"));
    }

    @Test
    void aMonthReadIsBoundedAndWritesNothingForMonthsThatDoNotMatter() throws SQLException {
        Asn asn = fixture.registeredAsn();
        long keptBefore = keptDaysOf(asn.employeeId());
        for (String month : List.of("2000-01", "2015-06", "2025-12", "2026-04", "2100-12")) {
            ApiClient.Answer answer = asn.phone().get("/attendance?month=" + month);
            assertThat(answer.status()).as(month).isEqualTo(400);
            assertThat(answer.code()).as(month).isEqualTo("MONTH_OUT_OF_RANGE");
        }
        assertThat(keptDaysOf(asn.employeeId()))
                .as("no day kept by refused reads")
                .isEqualTo(keptBefore);

        assertThat(asn.phone().get("/attendance?month=2026-02").status()).isEqualTo(200);
        assertThat(keptDaysOf(asn.employeeId()))
                .as("February's closed days are kept once read")
                .isEqualTo(keptBefore + 28);
    }

    @Test
    void aRefusedTransferChangesNothing() {
        String nip = nipBornIn1990();
        long employee = bkpsdmd.call(() -> employees.addMasterRecord(
                nip, "Nama Asli", LocalDate.of(1990, 5, 17), "Pranata Komputer", null, "DISKOMINFO"));

        assertThatThrownBy(() -> diskominfoAdmin.run(() ->
                        employees.updateMasterRecord(employee, "Nama Diubah", "Pranata Komputer", null, fixture.opd)))
                .as("an admin OPD moving their ASN to an OPD out of their reach")
                .isInstanceOf(AccessDeniedException.class);

        assertThat(employees.nameOf(nip)).contains("Nama Asli");
    }

    private static JsonObject wrongLogin(Asn asn) {
        return Json.createObjectBuilder(asn.login())
                .add("password", "salah-salah")
                .build();
    }

    private static JsonObject rebind(String login, String password) {
        return Json.createObjectBuilder()
                .add("nip", login)
                .add("password", password)
                .add("deviceId", "new-phone-" + UUID.randomUUID())
                .add("reason", "Ponsel lama rusak")
                .build();
    }

    private static JsonObject rebindTo(Asn asn, String deviceId) {
        return Json.createObjectBuilder()
                .add("nip", asn.nip())
                .add("password", asn.password())
                .add("deviceId", deviceId)
                .add("reason", "Ponsel lama rusak")
                .build();
    }

    private int rebindRequestsOf(String nip) {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from rebind_request r"
                        + " join account a on a.id = r.account_id where a.username = ?")) {
            count.setString(1, nip);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long keptDaysOf(long employeeId) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count =
                        connection.prepareStatement("select count(*) from daily_code where employee_id = ?")) {
            count.setLong(1, employeeId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String nipBornIn1990() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "19900517%04d%02d1%03d", 2010 + random.nextInt(10), 1 + random.nextInt(12), random.nextInt(1000));
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
}
