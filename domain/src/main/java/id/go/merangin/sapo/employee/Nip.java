package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The 18-digit Nomor Induk Pegawai that identifies an ASN for life. It is not an opaque number: digits 1–8 are the
 * birth date ({@code yyyyMMdd}), digits 9–14 the month of appointment as CPNS ({@code yyyyMM}, the TMT CPNS), digit
 * 15 the sex ({@code 1} male, {@code 2} female) and digits 16–18 a sequence. Registration checks the birth date an
 * ASN types against the one inside the NIP, so a NIP is only ever constructed when every part is real; a mistyped
 * NIP is refused with {@code INVALID_NIP} and a message naming the wrong part.
 *
 * <p>Whitespace is not stripped here: the boundaries trim what users type, and anything other than the 18 ASCII
 * digits is refused.
 */
public record Nip(String value) {

    /** The stable code of every refusal of a malformed NIP. */
    private static final int LENGTH = 18;

    public Nip {
        Objects.requireNonNull(value, "value");
        validate(value);
    }

    /** Parses and validates {@code value}; throws {@link InvalidInputException} {@code INVALID_NIP} if malformed. */
    public static Nip of(String value) {
        return new Nip(value);
    }

    /** Whether {@code value} is a well-formed NIP; {@code null} is not. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        try {
            validate(value);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    public LocalDate birthDate() {
        return LocalDate.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8));
    }

    /** The month of appointment as CPNS (TMT CPNS). */
    public YearMonth appointmentMonth() {
        return YearMonth.of(number(value, 8, 12), number(value, 12, 14));
    }

    public Sex sex() {
        return value.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
    }

    public int sequence() {
        return number(value, 15, 18);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void validate(String value) {
        if (value.length() != LENGTH) {
            throw invalid("NIP must have 18 digits, not " + value.length() + " characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid("NIP must contain only the digits 0-9; character " + (i + 1) + " is not a digit");
            }
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(number(value, 0, 4), number(value, 4, 6), number(value, 6, 8));
        } catch (DateTimeException e) {
            throw invalid("NIP birth date " + value.substring(0, 8) + " is not a real date");
        }
        YearMonth appointment;
        try {
            appointment = YearMonth.of(number(value, 8, 12), number(value, 12, 14));
        } catch (DateTimeException e) {
            throw invalid("NIP appointment month " + value.substring(8, 14) + " is not a real year-month");
        }
        if (appointment.isBefore(YearMonth.from(birthDate))) {
            throw invalid("NIP appointment month " + value.substring(8, 14) + " is before the birth month "
                    + value.substring(0, 6));
        }
        char sex = value.charAt(14);
        if (sex != '1' && sex != '2') {
            throw invalid("NIP sex digit " + sex + " must be 1 (male) or 2 (female)");
        }
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(ProblemCode.INVALID_NIP, message);
    }
}
