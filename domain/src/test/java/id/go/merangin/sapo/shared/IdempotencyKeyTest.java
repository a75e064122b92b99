package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static String code(Throwable e) {
        return ((SapoException) e).code().name();
    }

    @Test
    void takesAUuidAndAHundredCharacters() {
        assertThat(IdempotencyKey.required("0b7c2d7e-1f0a-4a7e-9d43-3f1b0c9e8a11"))
                .hasSize(36);
        assertThat(IdempotencyKey.optional("k".repeat(100))).isPresent();
    }

    @Test
    void refusesAHundredAndOneCharactersSpacesAndNonAscii() {
        assertThatThrownBy(() -> IdempotencyKey.optional("k".repeat(101)))
                .extracting(IdempotencyKeyTest::code)
                .isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThatThrownBy(() -> IdempotencyKey.optional("tap 1"))
                .extracting(IdempotencyKeyTest::code)
                .isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThatThrownBy(() -> IdempotencyKey.optional("absen-é"))
                .extracting(IdempotencyKeyTest::code)
                .isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    @Test
    void isOptionalForSomeWritesAndRequiredForAttendance() {
        assertThat(IdempotencyKey.optional(null)).isEmpty();
        assertThatThrownBy(() -> IdempotencyKey.required(null))
                .extracting(IdempotencyKeyTest::code)
                .isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
    }
}
