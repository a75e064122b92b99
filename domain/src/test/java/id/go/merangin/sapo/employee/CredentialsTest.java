package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    private static String reasonOf(Runnable check) {
        try {
            check.run();
            return "ACCEPTED";
        } catch (InvalidInputException e) {
            return e.code() + ":" + e.details().getOrDefault("reason", "");
        }
    }

    @Test
    void anOfficersUsernameIsLowerCaseNeverAnEmailNorDigitsOnly() {
        assertThat(Credentials.officerUsername("  Admin.Diskominfo ")).isEqualTo("admin.diskominfo");
        assertThat(reasonOf(() -> Credentials.officerUsername("199001012020121001")))
                .startsWith("INVALID_USERNAME");
        assertThat(reasonOf(() -> Credentials.officerUsername("admin@merangin.go.id")))
                .startsWith("INVALID_USERNAME");
        assertThat(reasonOf(() -> Credentials.officerUsername("ab"))).startsWith("INVALID_USERNAME");
        assertThat(reasonOf(() -> Credentials.officerUsername("a".repeat(101)))).startsWith("INVALID_USERNAME");
        assertThat(reasonOf(() -> Credentials.officerUsername(null))).startsWith("INVALID_USERNAME");
        assertThat(Credentials.officerUsername("a".repeat(100))).hasSize(100);
    }

    @Test
    void anOfficersPasswordHasEightTo128CharactersWithoutTheUsername() {
        assertThat(reasonOf(() -> Credentials.checkPassword("Kuat#123".toCharArray(), "admin.uji")))
                .isEqualTo("ACCEPTED");
        assertThat(reasonOf(() -> Credentials.checkPassword("Kuat#12".toCharArray(), "admin.uji")))
                .isEqualTo("WEAK_PASSWORD:TOO_SHORT");
        assertThat(reasonOf(() -> Credentials.checkPassword("x".repeat(129).toCharArray(), "admin.uji")))
                .isEqualTo("WEAK_PASSWORD:TOO_LONG");
        assertThat(reasonOf(() -> Credentials.checkPassword("x".repeat(128).toCharArray(), "admin.uji")))
                .isEqualTo("ACCEPTED");
        assertThat(reasonOf(() -> Credentials.checkPassword("Rahasia-ADMIN.UJI".toCharArray(), "admin.uji")))
                .isEqualTo("WEAK_PASSWORD:CONTAINS_USERNAME");
    }

    @Test
    void anAsnsPasswordHoldsNeitherTheNipNorTheBirthDate() {
        Nip nip = Nip.of("198407222009012002");
        LocalDate born = LocalDate.of(1984, 7, 22);
        assertThat(reasonOf(() -> Credentials.checkPassword("x198407222009012002".toCharArray(), nip, born)))
                .isEqualTo("WEAK_PASSWORD:CONTAINS_NIP");
        assertThat(reasonOf(() -> Credentials.checkPassword("lahir22/07/1984".toCharArray(), nip, born)))
                .isEqualTo("WEAK_PASSWORD:CONTAINS_BIRTH_DATE");
        assertThat(reasonOf(() -> Credentials.checkPassword("Kuat#2026".toCharArray(), nip, born)))
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aGeneratedPasswordKeepsTheRulesAndHasNoLookAlikes() {
        char[] password = Credentials.generatedPassword();
        assertThat(new String(password)).matches("[A-HJ-NP-Za-km-z2-9]{16}");
        Credentials.checkPassword(password, "admin.uji");
        assertThat(new String(Credentials.generatedPassword())).isNotEqualTo(new String(password));
    }

    @Test
    void anEmailIsTrimmedLowerCasedAndPlausible() {
        assertThat(Credentials.normalisedEmail(" Rahmat@Merangin.go.id ")).isEqualTo("rahmat@merangin.go.id");
        assertThatThrownBy(() -> Credentials.normalisedEmail("rahmat@")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Credentials.normalisedEmail("a".repeat(250) + "@x.id"))
                .isInstanceOf(InvalidInputException.class);
    }
}
