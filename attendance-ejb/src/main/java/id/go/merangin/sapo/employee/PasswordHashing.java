package id.go.merangin.sapo.employee;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * Passwords are kept only as Jakarta Security PBKDF2 hashes (HMAC-SHA512, a random salt per password, iterations
 * from configuration), in the self-describing format Jakarta Security's identity stores verify. The hash is
 * Jakarta Security's own implementation (Soteria, as WildFly ships it), created here rather than injected because
 * WildFly only registers it as a bean in deployments that declare an authentication mechanism.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    @ConfigProperty(name = "sapo.password.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    private final Pbkdf2PasswordHash pbkdf2 = new Pbkdf2PasswordHashImpl();

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean matches(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }
}
