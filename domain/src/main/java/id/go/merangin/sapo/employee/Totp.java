package id.go.merangin.sapo.employee;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * The officers' second factor: time-based one-time passwords (RFC 6238) as every authenticator app makes them, six
 * digits from HMAC-SHA1 over 30-second steps of a 160-bit secret (java-otp computes them). A code is accepted in its
 * own step and the one before or after (a phone's clock a little off, a code typed as the step turns); which step
 * matched is answered so that the account can refuse a step used before.
 *
 * <p>The clock is the real one, never SAPO's shifted test clock: the authenticator on the officer's phone knows only
 * real time.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;

    /** Steps accepted either side of the current one. */
    static final int WINDOW = 1;

    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base32 BASE32 = new Base32();

    private Totp() {}

    /** A new secret, Base32 without padding, as authenticator apps take it. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return BASE32.encodeToString(secret).replace("=", "");
    }

    /** The secret written for typing by hand: groups of four. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The time step that {@code at} falls in. */
    public static long stepOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of the secret for the step {@code at} falls in. */
    public static String codeAt(String secret, Instant at) {
        try {
            return generator().generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    /** The step whose code {@code typed} is, within {@link #WINDOW} steps of {@code now}; empty if none. */
    public static OptionalLong matchingStep(String secret, String typed, Instant now) {
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!digits.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepOf(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (MessageDigest.isEqual(
                    digits.getBytes(StandardCharsets.US_ASCII),
                    codeAt(secret, Instant.ofEpochSecond(step * STEP.toSeconds()))
                            .getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** {@link #matchingStep} against real time, the only time an authenticator app on a phone knows. */
    public static OptionalLong matchingStepNow(String secret, String typed) {
        return matchingStep(secret, typed, Instant.now());
    }

    /** The {@code otpauth://} address that an authenticator app reads from the QR code. */
    public static String uri(String issuer, String accountName, String secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static TimeBasedOneTimePasswordGenerator generator() {
        return new TimeBasedOneTimePasswordGenerator(
                STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    private static SecretKeySpec key(String secret) {
        byte[] bytes = BASE32.decode(secret.replace(" ", "").toUpperCase(Locale.ROOT));
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an empty TOTP secret");
        }
        return new SecretKeySpec(bytes, "HmacSHA1");
    }
}
