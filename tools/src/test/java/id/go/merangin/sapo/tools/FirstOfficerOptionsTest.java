package id.go.merangin.sapo.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.tools.FirstOfficerOptions.PasswordChoice;
import org.junit.jupiter.api.Test;

class FirstOfficerOptionsTest {

    @Test
    void takesTheOfficerAsTheCommandLineGivesIt() throws Refusal {
        FirstOfficerOptions options = FirstOfficerOptions.parse(
                "--username",
                " Kepala.BKPSDMD ",
                "--name",
                "Drs. Ahmad Yani, M.Si.",
                "--email=Ahmad.Yani@Merangin.go.id",
                "--generate-password");

        assertThat(options.help()).isFalse();
        assertThat(options.username()).isEqualTo("kepala.bkpsdmd");
        assertThat(options.displayName()).isEqualTo("Drs. Ahmad Yani, M.Si.");
        assertThat(options.email()).contains("ahmad.yani@merangin.go.id");
        assertThat(options.opdCode()).isEqualTo("BKPSDMD");
        assertThat(options.opdName()).isEmpty();
        assertThat(options.password()).isEqualTo(PasswordChoice.GENERATE);
    }

    @Test
    void createsTheOpdOfAnotherCodeUpperCased() throws Refusal {
        FirstOfficerOptions options = FirstOfficerOptions.parse(
                "--username",
                "bkd.uji",
                "--name",
                "Petugas",
                "--opd-code",
                "bkd-merangin",
                "--opd-name",
                "Badan Kepegawaian Daerah",
                "--password-stdin");

        assertThat(options.opdCode()).isEqualTo("BKD-MERANGIN");
        assertThat(options.opdName()).contains("Badan Kepegawaian Daerah");
        assertThat(options.email()).isEmpty();
        assertThat(options.password()).isEqualTo(PasswordChoice.STDIN);
    }

    @Test
    void asksAtTheTerminalWhenNoPasswordOptionIsGiven() throws Refusal {
        assertThat(FirstOfficerOptions.parse("--username", "bkpsdmd.uji", "--name", "Petugas")
                        .password())
                .isEqualTo(PasswordChoice.PROMPT);
    }

    @Test
    void showsTheHelpWhateverElseIsGiven() throws Refusal {
        assertThat(FirstOfficerOptions.parse("--help").help()).isTrue();
        assertThat(FirstOfficerOptions.parse("--username", "x", "-h").help()).isTrue();
        assertThat(FirstOfficerOptions.helpText())
                .contains("--generate-password", "Pengguna", "Kode keluar", "Exit status");
    }

    @Test
    void refusesAUsernameOfDigitsOnlyForItLooksLikeANip() {
        assertRefused(
                ExitCode.BAD_INPUT,
                "hanya angka",
                "not digits only",
                "--username",
                "198407222009012002",
                "--name",
                "Petugas");
    }

    @Test
    void refusesAUsernameThatIsAnEmail() {
        assertRefused(
                ExitCode.BAD_INPUT,
                "Nama pengguna ditolak",
                "Username refused",
                "--username",
                "kepala@merangin.go.id",
                "--name",
                "Petugas");
    }

    @Test
    void requiresTheUsernameAndTheName() {
        assertRefused(ExitCode.BAD_INPUT, "--username wajib diisi", "--username is required", "--name", "Petugas");
        assertRefused(ExitCode.BAD_INPUT, "--name wajib diisi", "--name is required", "--username", "kepala");
        assertRefused(
                ExitCode.BAD_INPUT,
                "--name memerlukan nilai",
                "--name needs a value",
                "--username",
                "kepala",
                "--name");
    }

    @Test
    void refusesAnInvalidEmailAndOpdCode() {
        assertRefused(
                ExitCode.BAD_INPUT,
                "Alamat email tidak valid",
                "Not a valid email address",
                "--username",
                "kepala",
                "--name",
                "Petugas",
                "--email",
                "kepala.merangin");
        assertRefused(
                ExitCode.BAD_INPUT,
                "Kode OPD ditolak",
                "OPD code refused",
                "--username",
                "kepala",
                "--name",
                "Petugas",
                "--opd-code",
                "BKP SDMD");
    }

    @Test
    void refusesBothPasswordSources() {
        assertRefused(
                ExitCode.BAD_INPUT,
                "Pilih salah satu",
                "Choose one",
                "--username",
                "kepala",
                "--name",
                "Petugas",
                "--generate-password",
                "--password-stdin");
    }

    @Test
    void refusesAPasswordOnTheCommandLineWithoutRepeatingIt() {
        assertThatThrownBy(() -> FirstOfficerOptions.parse(
                        "--username", "kepala", "--name", "Petugas", "--password=Rahasia#Merangin2026"))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("--password-stdin")
                .hasMessageNotContaining("Rahasia");
        assertThatThrownBy(() -> FirstOfficerOptions.parse(
                        "--username", "kepala", "--name", "Petugas", "--secret=Rahasia#Merangin2026"))
                .hasMessageContaining("--secret")
                .hasMessageNotContaining("Rahasia");
        assertThatThrownBy(() -> FirstOfficerOptions.parse("--username", "kepala", "Rahasia#Merangin2026"))
                .hasMessageContaining("Argumen tidak dikenal")
                .hasMessageNotContaining("Rahasia");
    }

    @Test
    void refusesAnOptionGivenTwice() {
        assertRefused(
                ExitCode.BAD_INPUT,
                "lebih dari sekali",
                "more than once",
                "--username",
                "kepala",
                "--username=wakil",
                "--name",
                "Petugas");
    }

    private static void assertRefused(ExitCode exitCode, String indonesian, String english, String... arguments) {
        assertThatThrownBy(() -> FirstOfficerOptions.parse(arguments))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.exitCode()).isEqualTo(exitCode);
                    assertThat(refusal.getMessage()).containsSubsequence(indonesian, english);
                });
    }
}
