package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.organization.Opd;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private final Opd diskominfo = new Opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", null);

    private Account officer(Role role) {
        return Account.forOfficer("petugas.uji", "Petugas Uji", "hash-1", diskominfo, EnumSet.of(role), NOW);
    }

    @Test
    void onlyAUsableAccountIsLockedAndALockedOrLockedOutOneUnlocked() {
        Account account = officer(Role.ADMIN_OPD);
        assertThat(account.canBeLocked()).isTrue();
        assertThat(account.canBeUnlockedAt(NOW)).isFalse();

        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(account.canBeUnlockedAt(NOW))
                .as("four wrong passwords of five")
                .isFalse();
        account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        assertThat(account.canBeUnlockedAt(NOW)).as("locked out for 15 minutes").isTrue();
        assertThat(account.canBeUnlockedAt(NOW.plus(Duration.ofMinutes(15))))
                .as("the lockout is over")
                .isFalse();

        account.lock();
        assertThat(account.canBeLocked()).isFalse();
        assertThat(account.canBeUnlockedAt(NOW)).isTrue();
        account.activate();
        assertThat(account.canBeLocked()).isTrue();
    }

    @Test
    void aPendingAccountIsVerifiedNeitherLockedNorUnlocked() {
        assertThat(AccountStatus.PENDING.awaitsVerification()).isTrue();
        assertThat(AccountStatus.PENDING.lockable()).isFalse();
        assertThat(AccountStatus.PENDING.unlockable()).isFalse();
        assertThat(AccountStatus.ACTIVE.lockable()).isTrue();
        assertThat(AccountStatus.ACTIVE.unlockable()).isFalse();
        assertThat(AccountStatus.LOCKED.unlockable()).isTrue();
        assertThat(AccountStatus.LOCKED.awaitsVerification()).isFalse();
        assertThat(AccountStatus.DISABLED.lockable()).isFalse();
        assertThat(AccountStatus.DISABLED.unlockable()).isFalse();
    }

    @Test
    void aHandedPasswordMustBeChangedAndChangingItEndsOtherSessions() {
        Account account = Account.forOfficerWithHandedPassword(
                "petugas.uji", "Petugas Uji", "hash-1", diskominfo, EnumSet.of(Role.ADMIN_OPD), NOW);
        assertThat(account.mustChangePassword()).isTrue();
        int before = account.sessionGeneration();

        account.changePassword("hash-2");

        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.sessionGeneration()).isEqualTo(before + 1);
        assertThat(account.passwordHash()).isEqualTo("hash-2");
    }

    @Test
    void anAdminsResetIsHandedOverAndMustBeChanged() {
        Account account = officer(Role.ADMIN_OPD);

        account.resetPassword("hash-2");

        assertThat(account.mustChangePassword()).isTrue();
        assertThat(account.sessionGeneration()).isEqualTo(1);
    }

    @Test
    void aRecoveryByMailEndsTheTemporaryLockout() {
        Account account = officer(Role.ADMIN_OPD);
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(account.isLockedOutAt(NOW)).isTrue();

        account.recoverPassword("hash-2");

        assertThat(account.isLockedOutAt(NOW)).isFalse();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.sessionGeneration()).isEqualTo(1);
    }

    @Test
    void onlyAConfirmedEmailRecoversAndANewEmailIsUnconfirmed() {
        Account account = officer(Role.ADMIN_OPD);
        account.changeEmail("petugas@merangin.go.id");
        assertThat(account.verifiedEmail()).isEmpty();

        account.confirmEmail("other@merangin.go.id", NOW);
        assertThat(account.verifiedEmail()).as("a code sent to another address").isEmpty();
        account.confirmEmail("PETUGAS@merangin.go.id", NOW);
        assertThat(account.verifiedEmail()).contains("petugas@merangin.go.id");

        account.changeEmail("baru@merangin.go.id");
        assertThat(account.verifiedEmail()).isEmpty();
    }

    @Test
    void theSecondFactorIsNeededByRoleByRequirementOrOnceEnrolled() {
        Set<Role> bkpsdmdAlways = EnumSet.of(Role.BKPSDMD);
        assertThat(officer(Role.BKPSDMD).needsSecondFactor(bkpsdmdAlways)).isTrue();
        assertThat(officer(Role.BKPSDMD).needsSecondFactor(EnumSet.noneOf(Role.class)))
                .isFalse();
        Account admin = officer(Role.ADMIN_OPD);
        assertThat(admin.needsSecondFactor(bkpsdmdAlways)).isFalse();
        admin.requireSecondFactor(true);
        assertThat(admin.needsSecondFactor(bkpsdmdAlways)).isTrue();
        admin.requireSecondFactor(false);
        admin.enrolSecondFactor("JBSWY3DPEHPK3PXP", 100, NOW);
        assertThat(admin.needsSecondFactor(bkpsdmdAlways))
                .as("enrolled by choice")
                .isTrue();
    }

    @Test
    void aTimeStepIsUsedOnceAndNeverAnEarlierOne() {
        Account admin = officer(Role.ADMIN_OPD);
        admin.enrolSecondFactor("JBSWY3DPEHPK3PXP", 100, NOW);

        assertThat(admin.useTotpStep(100)).as("the enrolment's step").isFalse();
        assertThat(admin.useTotpStep(101)).isTrue();
        assertThat(admin.useTotpStep(101)).isFalse();
        assertThat(admin.useTotpStep(99)).isFalse();
        admin.resetSecondFactor();
        assertThat(admin.hasSecondFactor()).isFalse();
    }
}
