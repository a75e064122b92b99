package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokensTest {

    @Test
    void aTokenIsThirtyTwoRandomBytesInUrlSafeBase64() {
        String token = BearerTokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(BearerTokens.newToken()).isNotEqualTo(token);
    }

    @Test
    void theHashIsTheHexSha256OfTheToken() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(BearerTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
