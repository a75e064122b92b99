package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Passwords are stored as Jakarta Security PBKDF2 hashes, salted per password, with the iterations the server is
 * configured with (the tests' WildFly runs with SAPO_PASSWORD_PBKDF2_ITERATIONS=10000, see ear/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
class PasswordHashingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(PasswordHashingIT.class);
    }

    @Inject
    PasswordHashing passwords;

    @Test
    void storesASaltedPbkdf2HashThatOnlyTheRightPasswordMatches() {
        String hash = passwords.hash("Rahasia#Merangin2026".toCharArray());

        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:10000:").doesNotContain("Rahasia");
        assertThat(passwords.matches("Rahasia#Merangin2026".toCharArray(), hash))
                .isTrue();
        assertThat(passwords.matches("rahasia#merangin2026".toCharArray(), hash))
                .isFalse();
        assertThat(passwords.hash("Rahasia#Merangin2026".toCharArray())).isNotEqualTo(hash);
    }
}
