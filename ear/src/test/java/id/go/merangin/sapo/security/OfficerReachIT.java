package id.go.merangin.sapo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.api.ApiClient;
import id.go.merangin.sapo.api.MobileFixture;
import id.go.merangin.sapo.api.MobileFixture.Asn;
import id.go.merangin.sapo.board.Board;
import id.go.merangin.sapo.board.BoardQueries;
import id.go.merangin.sapo.board.OpdTally;
import id.go.merangin.sapo.employee.AccountAdministration;
import id.go.merangin.sapo.employee.AsnDetail;
import id.go.merangin.sapo.employee.AsnRow;
import id.go.merangin.sapo.employee.EmployeeDirectory;
import id.go.merangin.sapo.employee.EmployeeService;
import id.go.merangin.sapo.files.FileAccess;
import id.go.merangin.sapo.leave.LeaveReview;
import id.go.merangin.sapo.leave.LeaveState;
import id.go.merangin.sapo.organization.OrganizationService;
import id.go.merangin.sapo.schedule.ScheduleService;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every officer-facing service decides reach from the caller, whatever the screen shows: an admin OPD finds and
 * changes only its own OPD's ASN, a pimpinan reads and decides requests but changes nothing, BKPSDMD reaches every
 * OPD, and a caller who is no officer gets nothing. The callers are the demo logins (the test server loads the demo
 * data); the other OPD is a test OPD of {@link MobileFixture}.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerReachIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(OfficerReachIT.class);
    }

    @Inject
    OrganizationService organization;

    @Inject
    EmployeeService employees;

    @Inject
    ScheduleService schedules;

    @Inject
    EmployeeDirectory directory;

    @Inject
    AccountAdministration administration;

    @Inject
    FileAccess files;

    @Inject
    LeaveReview leaves;

    @Inject
    BoardQueries board;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Inject
    AsDiskominfoAdmin diskominfoAdmin;

    @Inject
    AsDiskominfoPimpinan diskominfoHead;

    private Asn stranger;

    @BeforeEach
    void asnOfAnotherOpd() {
        stranger = new MobileFixture(organization, employees, schedules).registeredAsn();
    }

    @Test
    void adminOpdListsOnlyTheAsnOfItsOwnOpd() {
        List<AsnRow> rows = diskominfoAdmin.call(() -> directory.page(0, 100, null, null));

        assertThat(rows).isNotEmpty().extracting(AsnRow::opdCode).containsOnly("DISKOMINFO");
        assertThat(diskominfoAdmin.call(() -> directory.count(stranger.nip(), null)))
                .isZero();
        assertThat(bkpsdmd.call(() -> directory.count(stranger.nip(), null))).isOne();
        assertThat(bkpsdmd.call(() -> directory.count(null, null)))
                .isGreaterThan(diskominfoAdmin.call(() -> directory.count(null, null)));
    }

    @Test
    void findsAnAsnByTheStartOfTheNipOrAnyPartOfTheName() {
        assertThat(diskominfoAdmin.call(() -> directory.page(0, 10, "198703", null)))
                .extracting(AsnRow::name)
                .containsExactly("Dwi Lestari, S.Kom.");
        assertThat(diskominfoAdmin.call(() -> directory.page(0, 10, "lestari", null)))
                .extracting(AsnRow::name)
                .containsExactlyInAnyOrder("Dwi Lestari, S.Kom.", "Putri Ayu Lestari, S.I.Kom.");
        assertThat(diskominfoAdmin.call(() -> directory.page(0, 10, "100%_", null)))
                .isEmpty();
    }

    @Test
    void adminOpdCannotOpenAnotherOpdsAsnNorTheirPhoto() {
        AsnDetail seenByBkpsdmd = bkpsdmd.call(() -> directory.detail(stranger.employeeId()));
        assertThat(seenByBkpsdmd.photoId()).isNotNull();
        assertThat(seenByBkpsdmd.deviceId()).isEqualTo(stranger.deviceId());

        assertRefused(() -> diskominfoAdmin.call(() -> directory.detail(stranger.employeeId())), "FORBIDDEN_OPD");
        assertRefused(() -> diskominfoAdmin.call(() -> files.open(seenByBkpsdmd.photoId())), "FORBIDDEN_OPD");
        byte[] photo = bkpsdmd.call(() -> files.open(seenByBkpsdmd.photoId())).bytes();
        assertThat(photo[0]).isEqualTo((byte) 0xFF);
        assertThat(photo[1]).isEqualTo((byte) 0xD8);
    }

    @Test
    void pimpinanReadsButNeitherChangesAccountsNorSeesPhotos() {
        AsnRow own = diskominfoHead.call(() -> directory.page(0, 100, null, null)).stream()
                .filter(AsnRow::registered)
                .findFirst()
                .orElseThrow();
        AsnDetail detail = diskominfoHead.call(() -> directory.detail(own.employeeId()));

        assertRefused(() -> diskominfoHead.run(() -> administration.lock(own.accountId())), "READ_ONLY");
        assertRefused(() -> diskominfoHead.run(() -> administration.resetDevice(own.accountId())), "READ_ONLY");
        if (detail.photoId() != null) {
            assertRefused(() -> diskominfoHead.call(() -> files.open(detail.photoId())), "FORBIDDEN_OPD");
        }
    }

    @Test
    void adminOpdCannotChangeAnotherOpdsAccount() {
        long account = bkpsdmd.call(() -> directory.detail(stranger.employeeId()))
                .row()
                .accountId();

        assertRefused(() -> diskominfoAdmin.run(() -> administration.lock(account)), "FORBIDDEN_OPD");
        assertRefused(() -> diskominfoAdmin.run(() -> administration.resetDevice(account)), "FORBIDDEN_OPD");
        assertThat(new ApiClient().post("/auth/login", stranger.login()).status())
                .isEqualTo(200);
    }

    @Test
    void aCallerWhoIsNoOfficerGetsNothing() {
        assertRefused(() -> directory.count(null, null), "NOT_AN_OFFICER");
        assertRefused(() -> board.today(), "NOT_AN_OFFICER");
    }

    @Test
    void onlyTheAsnsOwnOfficersDecideTheirLeaveAndARejectionSaysWhy() {
        ApiClient phone = stranger.phone();
        ApiClient.Answer submitted = phone.post(
                "/leave-requests",
                Json.createObjectBuilder()
                        .add("type", "IZIN")
                        .add("startDate", "2026-03-09")
                        .add("endDate", "2026-03-09")
                        .add("reason", "Urusan keluarga")
                        .build());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long id = submitted.json().getJsonNumber("id").longValue();

        assertRefused(() -> diskominfoHead.run(() -> leaves.decide(id, true, "Silakan")), "FORBIDDEN_OPD");
        assertRefused(() -> bkpsdmd.run(() -> leaves.decide(id, false, "  ")), "NOTE_REQUIRED");
        assertThat(phone.get("/leave-requests/" + id).json().getString("state")).isEqualTo("PENDING");
        assertThat(diskominfoAdmin.call(() -> leaves.page(0, 100, null))).noneMatch(row -> row.id() == id);

        bkpsdmd.run(() -> leaves.decide(id, false, "Bertepatan dengan apel besar"));

        JsonObject read = phone.get("/leave-requests/" + id).json();
        assertThat(read.getString("state")).isEqualTo("REJECTED");
        assertThat(read.getString("decisionNote")).isEqualTo("Bertepatan dengan apel besar");
        assertRefused(() -> bkpsdmd.run(() -> leaves.decide(id, true, null)), "ALREADY_DECIDED");
        assertThat(bkpsdmd.call(() -> leaves.page(0, 100, LeaveState.REJECTED)))
                .anyMatch(row -> row.id() == id && "bkpsdmd".equals(row.decidedBy()));
    }

    @Test
    void approvingARebindMovesTheAccountToTheNewPhone() {
        String newPhone = "new-phone-" + stranger.nip();
        JsonObject fromNewPhone = Json.createObjectBuilder(stranger.login())
                .add("deviceId", newPhone)
                .build();
        ApiClient api = new ApiClient();
        assertThat(api.post(
                                "/devices/rebind-requests",
                                Json.createObjectBuilder()
                                        .add("nip", stranger.nip())
                                        .add("password", stranger.password())
                                        .add("deviceId", newPhone)
                                        .add("deviceModel", "Xiaomi Redmi 13")
                                        .add("reason", "Ponsel lama rusak")
                                        .build())
                        .status())
                .isEqualTo(201);
        AsnDetail pending = bkpsdmd.call(() -> directory.detail(stranger.employeeId()));
        assertThat(pending.rebind()).isNotNull();
        assertThat(pending.row().rebindPending()).isTrue();
        assertThat(api.post("/auth/login", fromNewPhone).code()).isEqualTo("DEVICE_NOT_BOUND");

        assertRefused(
                () -> diskominfoAdmin.run(
                        () -> administration.approveRebind(pending.rebind().id())),
                "FORBIDDEN_OPD");
        bkpsdmd.run(() -> administration.approveRebind(pending.rebind().id()));

        assertThat(api.post("/auth/login", fromNewPhone).status()).isEqualTo(200);
        assertThat(stranger.phone().get("/me").code()).isEqualTo("DEVICE_NOT_BOUND");
        AsnDetail moved = bkpsdmd.call(() -> directory.detail(stranger.employeeId()));
        assertThat(moved.deviceId()).isEqualTo(newPhone);
        assertThat(moved.rebind()).isNull();
        assertRefused(
                () -> bkpsdmd.run(
                        () -> administration.approveRebind(pending.rebind().id())),
                "ALREADY_DECIDED");
    }

    @Test
    void theBoardOfAnAdminOpdCoversOnlyItsOwnOpd() {
        Board own = diskominfoAdmin.call(() -> board.today());
        Board all = bkpsdmd.call(() -> board.today());

        // DISKOMINFO and any sub-unit a screen test made below it
        assertThat(own.opds())
                .extracting(OpdTally::opdCode)
                .contains("DISKOMINFO")
                .allMatch(code -> code.startsWith("DISKOMINFO"));
        assertThat(own.total().employees()).isPositive();
        assertThat(all.opds()).extracting(OpdTally::opdCode).contains("DISKOMINFO", "DINKES", "BKPSDMD");
        assertThat(all.total().employees()).isGreaterThan(own.total().employees());
    }

    private static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOf(SapoException.class)
                .extracting(thrown -> ((SapoException) thrown).code().name())
                .isEqualTo(code);
    }
}
