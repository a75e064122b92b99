package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PresentedTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(720 * 3600);

    private static PresentedToken token(Instant revokedAt, Instant deviceReleasedAt, Long employeeId) {
        return new PresentedToken(
                7L,
                EXPIRES,
                revokedAt,
                11L,
                "198407222009012002",
                AccountStatus.ACTIVE,
                13L,
                deviceReleasedAt,
                employeeId,
                17L,
                LocalDate.of(2009, 1, 1),
                null,
                false);
    }

    @Test
    void isUsableUntilTheLastMomentBeforeItExpires() {
        PresentedToken token = token(null, null, 5L);

        assertThat(token.isUsableAt(EXPIRES.minusMillis(1))).isTrue();
        assertThat(token.isUsableAt(EXPIRES)).isFalse();
        assertThat(token.isRevoked()).isFalse();
    }

    @Test
    void isNoLongerUsableOnceRevoked() {
        PresentedToken token = token(ISSUED.plusSeconds(60), null, 5L);

        assertThat(token.isRevoked()).isTrue();
        assertThat(token.isUsableAt(ISSUED.plusSeconds(120))).isFalse();
    }

    @Test
    void knowsWhetherItsPhoneIsStillBoundAndWhoseMasterRecordItIs() {
        assertThat(token(null, null, 5L).isDeviceBound()).isTrue();
        assertThat(token(null, ISSUED.plusSeconds(60), 5L).isDeviceBound()).isFalse();
        assertThat(token(null, null, 5L).employee()).contains(5L);
        assertThat(token(null, null, null).employee()).isEmpty();
    }

    @Test
    void knowsWhetherItsAsnWorksForTheRegencyOnADate() {
        PresentedToken retired = new PresentedToken(
                7L,
                EXPIRES,
                null,
                11L,
                "198407222009012002",
                AccountStatus.ACTIVE,
                13L,
                null,
                5L,
                17L,
                LocalDate.of(2009, 1, 1),
                LocalDate.of(2026, 2, 10),
                false);
        PresentedToken officer = new PresentedToken(
                7L, EXPIRES, null, 11L, "admin.bangko", AccountStatus.ACTIVE, 13L, null, null, 17L, null, null, false);

        assertThat(retired.isEmployedOn(LocalDate.of(2026, 2, 10))).isTrue();
        assertThat(retired.isEmployedOn(LocalDate.of(2026, 2, 11))).isFalse();
        assertThat(retired.isEmployedOn(LocalDate.of(2008, 12, 31))).isFalse();
        assertThat(token(null, null, 5L).isEmployedOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(officer.isEmployedOn(LocalDate.of(2026, 3, 2))).isTrue();
    }
}
