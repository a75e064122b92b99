package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.organization.Opd;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountCodeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private final Account account = Account.forOfficer(
            "admin.uji",
            "Admin Uji",
            "hash",
            new Opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", null),
            EnumSet.of(Role.ADMIN_OPD),
            NOW);

    @Test
    void aResetCodeHasTenLettersAndLastsHalfAnHour() {
        AccountCode.Issued issued = AccountCode.issue(account, AccountCode.Purpose.PASSWORD_RESET, "a@b.go.id", NOW);

        assertThat(issued.code()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(issued.kept().isUsableAt(NOW.plusSeconds(30 * 60 - 1))).isTrue();
        assertThat(issued.kept().isUsableAt(NOW.plusSeconds(30 * 60))).isFalse();
        assertThat(issued.kept().matches(issued.code().toLowerCase().replace("-", " ")))
                .isTrue();
    }

    @Test
    void aVerificationCodeHasSixDigitsAndLastsADay() {
        AccountCode.Issued issued =
                AccountCode.issue(account, AccountCode.Purpose.EMAIL_VERIFICATION, "a@b.go.id", NOW);

        assertThat(issued.code()).matches("[0-9]{6}");
        assertThat(issued.kept().isUsableAt(NOW.plusSeconds(24 * 3600 - 1))).isTrue();
        assertThat(issued.kept().isUsableAt(NOW.plusSeconds(24 * 3600))).isFalse();
    }

    @Test
    void theFifthWrongTrySpendsTheCode() {
        AccountCode code = AccountCode.issue(account, AccountCode.Purpose.PASSWORD_RESET, "a@b.go.id", NOW)
                .kept();
        for (int i = 1; i < AccountCode.MAX_WRONG_TRIES; i++) {
            code.recordWrongTry(NOW);
            assertThat(code.isUsableAt(NOW)).as("after %d wrong tries", i).isTrue();
        }
        code.recordWrongTry(NOW);

        assertThat(code.isUsableAt(NOW)).isFalse();
        assertThat(code.isEnded()).isTrue();
    }

    @Test
    void aUsedCodeIsNeverUsableAgain() {
        AccountCode.Issued issued = AccountCode.issue(account, AccountCode.Purpose.PASSWORD_RESET, "a@b.go.id", NOW);
        issued.kept().end(NOW);

        assertThat(issued.kept().isUsableAt(NOW)).isFalse();
        assertThat(issued.kept().matches(issued.code()))
                .as("still its code, but ended")
                .isTrue();
    }

    @Test
    void aRecoveryCodeIsAcceptedOnce() {
        RecoveryCode.Issued issued = RecoveryCode.issue(account, NOW);

        assertThat(issued.code()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        assertThat(issued.kept().accepts("not-it")).isFalse();
        assertThat(issued.kept().accepts(issued.code())).isTrue();
        issued.kept().use(NOW);
        assertThat(issued.kept().accepts(issued.code())).isFalse();
    }
}
