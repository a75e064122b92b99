package id.go.merangin.sapo.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command's answers that need no database: input is refused before any connection is made (the database here
 * is a port where nothing listens, which would end the run with status 3), and no message repeats a password.
 */
class FirstOfficerTest {

    /** Nothing listens on port 1: a run that got as far as the database ends with status 3. */
    private static final String NOWHERE = "jdbc:postgresql://127.0.0.1:1/sapo?password=UrlSecret99";

    private final Map<String, String> environment = new HashMap<>(
            Map.of("DB_URL", NOWHERE, "DB_PASSWORD", "EnvSecret#2026", "SAPO_PASSWORD_PBKDF2_ITERATIONS", "1024"));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, NewPassword.Prompt prompt, String... arguments) {
        return FirstOfficer.run(
                arguments,
                environment,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                prompt);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheHelpAndEndsWithZero() {
        assertThat(run("", null, "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bin/first-officer --username", "DB_URL");
    }

    @Test
    void refusesAWeakPasswordFromStandardInputBeforeTouchingTheDatabase() {
        assertThat(run("pendek\n", null, "--username", "kepala.bkpsdmd", "--name", "Petugas", "--password-stdin"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsSubsequence("Kata sandi ditolak: minimal 8 karakter", "Password refused: at least 8");
        assertThat(printed()).doesNotContain("pendek");
    }

    @Test
    void refusesAPasswordThatContainsTheUsername() {
        assertThat(run(
                        "Kepala.Bkpsdmd-2026\n",
                        null,
                        "--username",
                        "kepala.bkpsdmd",
                        "--name",
                        "Petugas",
                        "--password-stdin"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must not contain the username");
    }

    @Test
    void refusesAnEmptyStandardInput() {
        assertThat(run("", null, "--username", "kepala", "--name", "Petugas", "--password-stdin"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No password on standard input");
    }

    @Test
    void asksForGenerateOrStdinWithoutATerminal() {
        assertThat(run("", null, "--username", "kepala", "--name", "Petugas")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsSubsequence("Tidak ada terminal", "No terminal", "--generate-password");
    }

    @Test
    void refusesTwoDifferentTypedPasswords() {
        Deque<String> typed = new ArrayDeque<>(List.of("Rahasia#Merangin2026", "Rahasia#Merangin2027"));
        List<String> prompts = new java.util.ArrayList<>();
        NewPassword.Prompt prompt = text -> {
            prompts.add(text);
            return typed.pop().toCharArray();
        };

        assertThat(run("", prompt, "--username", "kepala", "--name", "Petugas")).isEqualTo(1);
        assertThat(prompts)
                .containsExactly("Kata sandi baru / New password: ", "Ulangi kata sandi / Repeat the password: ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The two passwords typed differ");
        assertThat(printed()).doesNotContain("Rahasia");
    }

    @Test
    void saysTheDatabaseCannotBeReachedWithoutAnyPassword() {
        assertThat(run("Rahasia#Merangin2026\n", null, "--username", "kepala", "--name", "Petugas", "--password-stdin"))
                .isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsSubsequence(
                        "Basis data jdbc:postgresql://127.0.0.1:1/sapo tidak dapat dipakai",
                        "The database jdbc:postgresql://127.0.0.1:1/sapo cannot be used");
        assertThat(printed()).doesNotContain("Rahasia", "EnvSecret", "UrlSecret");
    }

    @Test
    void refusesIterationsTheServerWouldNotTake() {
        environment.put("SAPO_PASSWORD_PBKDF2_ITERATIONS", "banyak");

        assertThat(run("", null, "--username", "kepala", "--name", "Petugas", "--generate-password"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("SAPO_PASSWORD_PBKDF2_ITERATIONS", "banyak");
    }

    @Test
    void refusesADatabaseUrlThatIsNotPostgresql() {
        environment.put("DB_URL", "jdbc:mysql://127.0.0.1/sapo");

        assertThat(run("", null, "--username", "kepala", "--name", "Petugas", "--generate-password"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("DB_URL is not a PostgreSQL JDBC URL");
    }

    @Test
    void sendsFurtherOfficersToThePenggunaScreenInBothLanguages() {
        Refusal refusal = Refusal.of(ExitCode.OFFICER_EXISTS, "officer.exists");

        assertThat(refusal.exitCode().status()).isEqualTo(2);
        assertThat(refusal.getMessage().lines()).hasSize(2);
        assertThat(refusal.getMessage())
                .containsSubsequence(
                        "sudah memiliki petugas",
                        "layar Pengguna",
                        "has an officer already",
                        "nothing was changed",
                        "Pengguna screen");
    }

    @Test
    void asksForTheNameOfAMissingOpd() {
        Refusal refusal = Refusal.badInput("opd.name-missing", "BKD");

        assertThat(refusal.exitCode().status()).isEqualTo(1);
        assertThat(refusal.getMessage()).containsSubsequence("--opd-name", "no OPD with code BKD", "--opd-name");
    }
}
