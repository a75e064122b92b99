package id.go.merangin.sapo.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class Pbkdf2HashingTest {

    @Test
    void hashesAsTheServerDoesWithItsDefaultIterations() throws Refusal {
        Pbkdf2Hashing hashing = Pbkdf2Hashing.fromEnvironment(Map.of());

        String hash = hashing.hash("Rahasia#Merangin2026".toCharArray());

        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("Rahasia");
        // salt of 32 bytes and key of 64 bytes, Base64
        assertThat(hash.split(":")[2]).hasSize(44);
        assertThat(hash.split(":")[3]).hasSize(88);
        assertThat(hashing.matches("Rahasia#Merangin2026".toCharArray(), hash)).isTrue();
        assertThat(hashing.matches("rahasia#merangin2026".toCharArray(), hash)).isFalse();
    }

    @Test
    void takesTheIterationsOfTheServersEnvironment() throws Refusal {
        Pbkdf2Hashing hashing = Pbkdf2Hashing.fromEnvironment(Map.of("SAPO_PASSWORD_PBKDF2_ITERATIONS", "10000"));

        assertThat(hashing.hash("Rahasia#Merangin2026".toCharArray())).startsWith("PBKDF2WithHmacSHA512:10000:");
    }
}
