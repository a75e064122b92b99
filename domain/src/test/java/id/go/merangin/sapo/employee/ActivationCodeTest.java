package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.organization.Opd;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationCodeTest {

    private static final Opd OPD = new Opd("DISKOMINFO", "Dinas Komunikasi dan Informatika", null);
    private static final Employee ASN = new Employee(
            Nip.of("199001152015031001"), "Rahmat Hidayat", LocalDate.of(1990, 1, 15), "Pranata Komputer", null, OPD);
    private static final Instant ISSUED = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void isWrittenInTwoGroupsOfFourWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = ActivationCode.issue(ASN, "admin.diskominfo", ISSUED).code();
            assertThat(code).matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
            codes.add(code);
        }
        assertThat(codes).as("random codes").hasSizeGreaterThan(195);
    }

    @Test
    void matchesWhateverTheCaseSpacesAndDashes() {
        ActivationCode code = ActivationCode.of(ASN, "K7QM-4XPR", "admin.diskominfo", ISSUED);

        assertThat(code.matches("K7QM-4XPR")).isTrue();
        assertThat(code.matches("k7qm4xpr")).isTrue();
        assertThat(code.matches(" k7qm 4xpr ")).isTrue();
        assertThat(code.matches("K7QM-4XPS")).isFalse();
        assertThat(code.matches("")).isFalse();
        assertThat(code.matches(null)).isFalse();
    }

    @Test
    void isUsableForThirtyDays() {
        ActivationCode code = ActivationCode.of(ASN, "K7QM-4XPR", "admin.diskominfo", ISSUED);

        assertThat(code.isUsableAt(ISSUED.plus(Duration.ofDays(30)).minusSeconds(1)))
                .isTrue();
        assertThat(code.isUsableAt(ISSUED.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void isSpentByTheFifthWrongTry() {
        ActivationCode code = ActivationCode.of(ASN, "K7QM-4XPR", "admin.diskominfo", ISSUED);
        for (int i = 1; i < ActivationCode.MAX_WRONG_TRIES; i++) {
            code.recordWrongTry();
        }
        assertThat(code.isUsableAt(ISSUED)).isTrue();

        code.recordWrongTry();
        assertThat(code.isUsableAt(ISSUED)).as("guessed at: spent").isFalse();
    }

    @Test
    void isUsedOnce() {
        ActivationCode code = ActivationCode.of(ASN, "K7QM-4XPR", "admin.diskominfo", ISSUED);
        code.end(ISSUED.plusSeconds(60));

        assertThat(code.isUsableAt(ISSUED.plusSeconds(61))).isFalse();
    }

    @Test
    void aGivenCodeHasEightCharacters() {
        assertThatThrownBy(() -> ActivationCode.of(ASN, "K7QM", "bkpsdmd", ISSUED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
