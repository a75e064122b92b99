package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.shared.InvalidInputException;
import id.go.merangin.sapo.shared.ProblemCode;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules for what an account may choose as login name, email and password: a plausible email; a password of 8 to
 * 128 characters that does not contain the login name, nor, for an ASN, the NIP or the birth date (both are printed
 * on documents others see); an officer's username of lower-case letters, digits, dot, dash and underscore that is
 * never an email or all digits, so that officers and ASN (whose login is their NIP) share one name space.
 */
public final class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 128;

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

    private static final Pattern OFFICER_USERNAME = Pattern.compile("^[a-z0-9._-]{3,100}$");
    private static final Pattern ALL_DIGITS = Pattern.compile("^[0-9]+$");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Credentials() {}

    /** An officer's username, trimmed and lower-cased, or {@code INVALID_USERNAME}. */
    public static String officerUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!OFFICER_USERNAME.matcher(name).matches()
                || ALL_DIGITS.matcher(name).matches()) {
            throw new InvalidInputException(
                    ProblemCode.INVALID_USERNAME,
                    "3 to 100 of a-z, 0-9, dot, dash, underscore;" + " not digits only",
                    Map.of("minLength", 3, "maxLength", 100));
        }
        return name;
    }

    /** Refuses with {@code WEAK_PASSWORD} a password that is too short, too long or contains the username. */
    public static void checkPassword(char[] password, String username) {
        checkLength(password);
        if (new String(password).toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw weak("CONTAINS_USERNAME");
        }
    }

    /**
     * A password for someone else to hand over (a new officer's, a reset by an admin): 16 letters and digits that
     * cannot be mistaken for one another (no 0/O, 1/l/I), about 93 bits.
     */
    public static char[] generatedPassword() {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length()));
        }
        return password;
    }

    /** The email, trimmed and lower-cased, or {@code INVALID_EMAIL}. */
    public static String normalisedEmail(String email) {
        if (email == null
                || email.strip().length() > 254
                || !EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidInputException(ProblemCode.INVALID_EMAIL, "not a valid email address");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses with {@code WEAK_PASSWORD} a password that is too short, too long, the NIP or the birth date. */
    public static void checkPassword(char[] password, Nip nip, LocalDate birthDate) {
        checkLength(password);
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

    private static void checkLength(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw weak("TOO_SHORT");
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw weak("TOO_LONG");
        }
    }

    private static InvalidInputException weak(String reason) {
        return new InvalidInputException(
                ProblemCode.WEAK_PASSWORD,
                "password refused: " + reason,
                Map.of("reason", reason, "minLength", MIN_PASSWORD_LENGTH));
    }
}
