package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for what an ASN may choose as email and password: a plausible email, and a password of at least eight
 * characters that is neither the NIP nor the birth date (both are printed on documents others see).
 */
public final class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private Credentials() {
    }

    /** The email, trimmed and lower-cased, or {@code INVALID_EMAIL}. */
    public static String normalisedEmail(String email) {
        if (email == null || email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidInputException("INVALID_EMAIL", "not a valid email address");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses with {@code WEAK_PASSWORD} a password that is too short, too long, the NIP or the birth date. */
    public static void checkPassword(char[] password, Nip nip, LocalDate birthDate) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw weak("TOO_SHORT");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw weak("TOO_LONG");
        }
        String candidate = new String(password);
        if (candidate.contains(nip.toString())) {
            throw weak("CONTAINS_NIP");
        }
        for (String pattern : new String[] {"yyyyMMdd", "ddMMyyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd/MM/yyyy"}) {
            if (candidate.contains(birthDate.format(DateTimeFormatter.ofPattern(pattern)))) {
                throw weak("CONTAINS_BIRTH_DATE");
            }
        }
    }

    private static InvalidInputException weak(String reason) {
        return new InvalidInputException("WEAK_PASSWORD", "password refused: " + reason,
                Map.of("reason", reason, "minLength", MIN_PASSWORD_LENGTH));
    }
}
