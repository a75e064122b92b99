package id.go.merangin.sapo.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.tools.FirstOfficerOptions.PasswordChoice;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NewPasswordTest {

    private static InputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFirstLineOfStandardInputWithoutItsLineEnd() throws Refusal {
        try (NewPassword password = NewPassword.obtain(
                PasswordChoice.STDIN, "kepala", stdin("Rahasia#Merangin2026\r\nsecond line\n"), null)) {
            assertThat(new String(password.characters())).isEqualTo("Rahasia#Merangin2026");
            assertThat(password.generated()).isFalse();
        }
    }

    @Test
    void generatesAPasswordThatMustBeChanged() throws Refusal {
        try (NewPassword password = NewPassword.obtain(PasswordChoice.GENERATE, "kepala", stdin(""), null)) {
            assertThat(password.characters()).hasSize(16);
            assertThat(password.generated()).isTrue();
        }
    }

    @Test
    void refusesALineLongerThanAnyPasswordSapoTakes() {
        assertThatThrownBy(() -> NewPassword.obtain(PasswordChoice.STDIN, "kepala", stdin("x".repeat(500)), null))
                .hasMessageContaining("at most 128 characters");
    }

    @Test
    void wipesThePasswordWhenClosed() throws Refusal {
        NewPassword password = NewPassword.obtain(PasswordChoice.STDIN, "kepala", stdin("Rahasia#Merangin2026"), null);
        password.close();

        assertThat(password.characters()).containsOnly('\0');
    }
}
