package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238's SHA-1 test secret, the ASCII of "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void makesTheCodesOfRfc6238() {
        // RFC 6238, appendix B: 94287082 at 59 s, 07081804 at 1111111109 s (eight digits; SAPO uses the last six)
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoFurther() {
        assertThat(Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59)))
                .isEqualTo(OptionalLong.of(1));
        assertThat(Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(60)))
                .isEqualTo(OptionalLong.of(1));
        assertThat(Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(89)))
                .isEqualTo(OptionalLong.of(1));
        assertThat(Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(90)))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(0)))
                .isEqualTo(OptionalLong.of(1));
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", Instant.ofEpochSecond(59)))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "2870822", Instant.ofEpochSecond(59)))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", Instant.ofEpochSecond(59)))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, Instant.ofEpochSecond(59)))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", Instant.ofEpochSecond(59)))
                .isEqualTo(OptionalLong.of(1));
    }

    @Test
    void newSecretsAre160BitsInBase32AndDiffer() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }

    @Test
    void writesTheAddressAuthenticatorAppsRead() {
        assertThat(Totp.uri("SAPO Merangin", "bkpsdmd.utama", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/SAPO%20Merangin:bkpsdmd.utama?secret=JBSWY3DPEHPK3PXP&issuer=SAPO%20Merangin"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
