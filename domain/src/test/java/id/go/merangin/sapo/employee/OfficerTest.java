package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.files.FilePurpose;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.shared.AccessDeniedException;
import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficerTest {

    private final Opd diskominfo = new Opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", null);
    private final Opd bidangTik = new Opd("DISKOMINFO-TIK", "Bidang TIK", diskominfo);
    private final Opd dinkes = new Opd("DINKES", "Dinas Kesehatan", null);
    private final Opd puskesmas = new Opd("PKM-BANGKO", "Puskesmas Bangko", dinkes);

    @Test
    void adminOpdManagesItsOwnOpdAndItsSubUnits() {
        Officer admin = Officer.of("admin.diskominfo", Set.of(Role.ADMIN_OPD), diskominfo);

        assertThat(admin.canManage(diskominfo)).isTrue();
        assertThat(admin.canManage(bidangTik)).isTrue();
        assertThat(admin.canSee(dinkes)).isFalse();
        assertThat(admin.seesEveryOpd()).isFalse();
    }

    @Test
    void adminOfASubUnitDoesNotReachItsParent() {
        Officer admin = Officer.of("admin.tik", Set.of(Role.ADMIN_OPD), bidangTik);

        assertThat(admin.canSee(bidangTik)).isTrue();
        assertThat(admin.canSee(diskominfo)).isFalse();
    }

    @Test
    void refusesAnotherOpdWithForbiddenOpd() {
        Officer admin = Officer.of("admin.diskominfo", Set.of(Role.ADMIN_OPD), diskominfo);

        assertThatThrownBy(() -> admin.requireSee(puskesmas))
                .isInstanceOf(AccessDeniedException.class)
                .hasFieldOrPropertyWithValue("code", ProblemCode.FORBIDDEN_OPD);
        assertThatThrownBy(() -> admin.requireManage(dinkes))
                .hasFieldOrPropertyWithValue("code", ProblemCode.FORBIDDEN_OPD);
    }

    @Test
    void pimpinanReadsAndDecidesRequestsButChangesNothing() {
        Officer head = Officer.of("pimpinan.diskominfo", Set.of(Role.PIMPINAN), diskominfo);

        assertThat(head.canSee(bidangTik)).isTrue();
        assertThat(head.canDecideRequestsOf(bidangTik)).isTrue();
        assertThat(head.canManage(diskominfo)).isFalse();
        assertThatThrownBy(() -> head.requireManage(diskominfo))
                .hasFieldOrPropertyWithValue("code", ProblemCode.READ_ONLY);
        assertThatThrownBy(() -> head.requireDecideRequestsOf(dinkes))
                .hasFieldOrPropertyWithValue("code", ProblemCode.FORBIDDEN_OPD);
    }

    @Test
    void bkpsdmdReachesEveryOpd() {
        Officer bkpsdmd = Officer.of("bkpsdmd", Set.of(Role.BKPSDMD), null);

        assertThat(bkpsdmd.canManage(puskesmas)).isTrue();
        assertThat(bkpsdmd.seesEveryOpd()).isTrue();
        bkpsdmd.requireBkpsdmd();
    }

    @Test
    void theWidestRoleOfAnAccountWins() {
        Officer officer = Officer.of("kabid", EnumSet.of(Role.PIMPINAN, Role.ADMIN_OPD), diskominfo);

        assertThat(officer.role()).isEqualTo(Role.ADMIN_OPD);
    }

    @Test
    void onlyBkpsdmdPassesTheBkpsdmdCheck() {
        Officer admin = Officer.of("admin.diskominfo", Set.of(Role.ADMIN_OPD), diskominfo);

        assertThatThrownBy(admin::requireBkpsdmd).hasFieldOrPropertyWithValue("code", ProblemCode.BKPSDMD_ONLY);
    }

    @Test
    void anAsnIsNoOfficer() {
        assertThatThrownBy(() -> Officer.of("198503152010011001", Set.of(Role.ASN), diskominfo))
                .hasFieldOrPropertyWithValue("code", ProblemCode.NOT_AN_OFFICER);
    }

    @Test
    void photosAreForTheAdminOpdAndBkpsdmdOnly() {
        Officer admin = Officer.of("admin.diskominfo", Set.of(Role.ADMIN_OPD), diskominfo);
        Officer head = Officer.of("pimpinan.diskominfo", Set.of(Role.PIMPINAN), diskominfo);
        Officer bkpsdmd = Officer.of("bkpsdmd", Set.of(Role.BKPSDMD), null);

        assertThat(admin.canSeePhotosOf(bidangTik)).isTrue();
        assertThat(admin.canSeePhotosOf(dinkes)).isFalse();
        assertThat(head.canSeePhotosOf(diskominfo)).isFalse();
        assertThat(bkpsdmd.canSeePhotosOf(puskesmas)).isTrue();
        assertThatThrownBy(() -> head.requireOpen(FilePurpose.ATTENDANCE_PHOTO, diskominfo))
                .hasFieldOrPropertyWithValue("code", ProblemCode.FORBIDDEN_OPD);
    }

    @Test
    void aLeaveLetterIsForWhoeverDecidesTheRequest() {
        Officer head = Officer.of("pimpinan.diskominfo", Set.of(Role.PIMPINAN), diskominfo);

        head.requireOpen(FilePurpose.LEAVE_ATTACHMENT, bidangTik);
        assertThatThrownBy(() -> head.requireOpen(FilePurpose.LEAVE_ATTACHMENT, dinkes))
                .hasFieldOrPropertyWithValue("code", ProblemCode.FORBIDDEN_OPD);
    }

    @Test
    void anAdminOpdGivesAdminAndPimpinanRolesInItsReachButNeverBkpsdmd() {
        Officer admin = Officer.of("admin.diskominfo", Set.of(Role.ADMIN_OPD), diskominfo);

        admin.requireGrant(Role.ADMIN_OPD, bidangTik);
        admin.requireGrant(Role.PIMPINAN, diskominfo);
        assertThatThrownBy(() -> admin.requireGrant(Role.BKPSDMD, diskominfo))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.ROLE_NOT_GRANTABLE));
        assertThatThrownBy(() -> admin.requireGrant(Role.ADMIN_OPD, dinkes))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.FORBIDDEN_OPD));
        assertThatThrownBy(() -> admin.requireGrant(Role.ASN, diskominfo))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_ROLE));
    }

    @Test
    void aPimpinanGivesNoRoleAndBkpsdmdGivesEvery() {
        Officer pimpinan = Officer.of("pimpinan.diskominfo", Set.of(Role.PIMPINAN), diskominfo);
        assertThatThrownBy(() -> pimpinan.requireGrant(Role.PIMPINAN, diskominfo))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.READ_ONLY));
        Officer bkpsdmd = Officer.of("bkpsdmd", Set.of(Role.BKPSDMD), dinkes);
        bkpsdmd.requireGrant(Role.BKPSDMD, puskesmas);
    }

    @Test
    void nobodyChangesTheirOwnAccountNorAnAdminABkpsdmdOfficer() {
        Officer admin = Officer.of("admin.diskominfo", Set.of(Role.ADMIN_OPD), diskominfo);
        assertThatThrownBy(() -> admin.requireManageOfficer("admin.diskominfo", Set.of(Role.ADMIN_OPD), diskominfo))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.OWN_ACCOUNT));
        assertThatThrownBy(() -> admin.requireManageOfficer("bkpsdmd.tik", Set.of(Role.BKPSDMD), bidangTik))
                .isInstanceOfSatisfying(
                        AccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.ROLE_NOT_GRANTABLE));
        admin.requireManageOfficer("pimpinan.tik", Set.of(Role.PIMPINAN), bidangTik);
        Officer bkpsdmd = Officer.of("bkpsdmd", Set.of(Role.BKPSDMD), dinkes);
        bkpsdmd.requireManageOfficer("bkpsdmd.tik", Set.of(Role.BKPSDMD), bidangTik);
    }
}
