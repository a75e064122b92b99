package id.go.merangin.sapo.tools;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * The password hash the server's {@code PasswordHashing} writes and verifies: Jakarta Security's PBKDF2 (Soteria,
 * the implementation WildFly ships) with HMAC-SHA512, a 32-byte salt, a 64-byte key and the iterations of
 * {@code SAPO_PASSWORD_PBKDF2_ITERATIONS}. The hash names its own parameters, so the server verifies it whatever
 * iterations it is configured with itself.
 */
final class Pbkdf2Hashing {

    static final String ITERATIONS_VARIABLE = "SAPO_PASSWORD_PBKDF2_ITERATIONS";
    static final String DEFAULT_ITERATIONS = "210000";

    private final Pbkdf2PasswordHash pbkdf2 = new Pbkdf2PasswordHashImpl();

    private Pbkdf2Hashing(String iterations) {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", iterations,
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    /** With the iterations the server would use in the same environment; a value it would not take is refused. */
    static Pbkdf2Hashing fromEnvironment(Map<String, String> environment) throws Refusal {
        String iterations = environment
                .getOrDefault(ITERATIONS_VARIABLE, DEFAULT_ITERATIONS)
                .strip();
        try {
            return new Pbkdf2Hashing(iterations);
        } catch (IllegalArgumentException e) {
            throw Refusal.badInput("iterations.invalid", ITERATIONS_VARIABLE, iterations);
        }
    }

    String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
