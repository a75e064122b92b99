package id.go.merangin.sapo.employee;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time codes SAPO hands to people (activation letters, mailed reset and verification codes, recovery codes):
 * random characters from an alphabet without look-alikes (no 0/O, 1/I/L), written in groups of four or five with
 * dashes; case, spaces and dashes do not matter when one is typed. Only a code's SHA-256 is ever kept, compared in
 * constant time.
 */
public final class OneTimeCode {

    static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {}

    /** {@code length} random characters of the alphabet, written in two halves joined by a dash. */
    public static String letters(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return written(code.toString(), length);
    }

    /** {@code length} random decimal digits, easy to type from a mail into a phone. */
    public static String digits(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /** A code of {@code length} characters as it is written: its two halves joined by a dash. */
    public static String written(String code, int length) {
        String plain = normalised(code);
        int half = (length + 1) / 2;
        return plain.length() == length ? plain.substring(0, half) + "-" + plain.substring(half) : plain;
    }

    /** The code as compared: upper case, without spaces and dashes. */
    public static String normalised(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** What SAPO keeps of a code: the SHA-256 (hex) of its normalised form. */
    public static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(normalised(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code typed} is the code kept as {@code keptHash}, compared in constant time. */
    public static boolean matches(String typed, String keptHash) {
        return typed != null
                && typed.length() <= 64
                && MessageDigest.isEqual(
                        hash(typed).getBytes(StandardCharsets.US_ASCII), keptHash.getBytes(StandardCharsets.US_ASCII));
    }
}
