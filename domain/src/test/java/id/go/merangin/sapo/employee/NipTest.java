package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    private static final String VALID = "198503302010011002";

    @Test
    void readsEveryPartOfAValidNip() {
        Nip nip = Nip.of(VALID);

        assertThat(nip.value()).isEqualTo(VALID);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 30));
        assertThat(nip.appointmentMonth()).isEqualTo(YearMonth.of(2010, 1));
        assertThat(nip.sex()).isEqualTo(Sex.MALE);
        assertThat(nip.sequence()).isEqualTo(2);
        assertThat(nip).hasToString(VALID);
    }

    @Test
    void readsAFemaleNip() {
        assertThat(Nip.of("199012252015032001").sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void equalsAnotherNipWithTheSameDigits() {
        assertThat(Nip.of(VALID)).isEqualTo(new Nip(VALID)).hasSameHashCodeAs(new Nip(VALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19850330201001100", "1985033020100110021", ""})
    void refusesANipThatIsNotEighteenDigitsLong(String value) {
        assertInvalid(value, "NIP must have 18 digits");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "19850330201001100A",
                "1985O3302010011002",
                " 98503302010011002",
                "１98503302010011002",
                "19850330-010011002"
            })
    void refusesANipWithAnythingButAsciiDigits(String value) {
        assertInvalid(value, "only the digits 0-9");
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(Nip.of("199202292015031001").birthDate()).isEqualTo(LocalDate.of(1992, 2, 29));
        assertThat(Nip.of("200002292020031001").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"202302292045031001", "199302292015031001", "190002292015031001"})
    void refusesTheTwentyNinthOfFebruaryInACommonYear(String value) {
        assertInvalid(value, "NIP birth date " + value.substring(0, 8) + " is not a real date");
    }

    @Test
    void refusesABirthDateInMonthThirteen() {
        assertInvalid("198513022010011002", "NIP birth date 19851302 is not a real date");
    }

    @Test
    void refusesABirthDateOnDayThirtyTwo() {
        assertInvalid("198501322010011002", "NIP birth date 19850132 is not a real date");
    }

    @Test
    void refusesAnAppointmentInMonthZero() {
        assertInvalid("198503302010001002", "NIP appointment month 201000 is not a real year-month");
    }

    @Test
    void refusesAnAppointmentInMonthThirteen() {
        assertInvalid("198503302010131002", "NIP appointment month 201013 is not a real year-month");
    }

    @Test
    void refusesAnAppointmentBeforeTheBirthMonth() {
        assertInvalid("198503301985021002", "NIP appointment month 198502 is before the birth month 198503");
    }

    @Test
    void acceptsAnAppointmentInTheBirthMonth() {
        assertThat(Nip.of("198503301985031002").appointmentMonth()).isEqualTo(YearMonth.of(1985, 3));
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', '3', '9'})
    void refusesASexDigitOtherThanOneOrTwo(char digit) {
        assertInvalid("19850330201001" + digit + "002", "NIP sex digit " + digit + " must be 1 (male) or 2 (female)");
    }

    @Test
    void acceptsSequenceZeroAndNineHundredNinetyNine() {
        assertThat(Nip.of("198503302010011000").sequence()).isZero();
        assertThat(Nip.of("198503302010011999").sequence()).isEqualTo(999);
    }

    @Test
    void tellsWhetherAStringIsAValidNip() {
        assertThat(Nip.isValid(VALID)).isTrue();
        assertThat(Nip.isValid("198503302010031002 ")).isFalse();
        assertThat(Nip.isValid("202302292045031001")).isFalse();
        assertThat(Nip.isValid(null)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Nip.of(null)).isInstanceOf(NullPointerException.class);
    }

    private static void assertInvalid(String value, String messagePart) {
        assertThatThrownBy(() -> Nip.of(value))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_NIP))
                .hasMessageContaining(messagePart);
        assertThat(Nip.isValid(value)).isFalse();
    }
}
