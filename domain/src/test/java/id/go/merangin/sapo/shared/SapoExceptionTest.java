package id.go.merangin.sapo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SapoExceptionTest {

    @Test
    void anExceptionTakesOnlyCodesOfItsStatuses() {
        assertThat(new NotFoundException(ProblemCode.UNKNOWN_OPD, "no such OPD").code())
                .isEqualTo(ProblemCode.UNKNOWN_OPD);
        assertThat(new InvalidInputException(ProblemCode.PHOTO_TOO_LARGE, "over 200 KB").code())
                .isEqualTo(ProblemCode.PHOTO_TOO_LARGE);

        assertThatThrownBy(() -> new NotFoundException(ProblemCode.DUPLICATE_NIP, "twice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DUPLICATE_NIP answers 409");
        assertThatThrownBy(() -> new InvalidInputException(ProblemCode.SECOND_FACTOR_INVALID, "wrong code"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthenticationException(ProblemCode.ACCOUNT_LOCKED, "locked"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
