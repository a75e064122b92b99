package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.employee.FirstOfficerCommand.Run;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/first-officer} on a database where SAPO never started, as a Pemda going live runs it: it migrates the
 * schema, creates the first BKPSDMD officer with a password printed once, and refuses every later run, so that
 * officers are made on the Pengguna screen from then on. Bad input is refused before the database is touched. That
 * the server takes the password it hashed is FirstOfficerHashIT's part.
 */
class FirstOfficerIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("Temporary password: (\\S+)");
    private static final String OFFICERS =
            "select count(*) from account_role" + " where role in ('ADMIN_OPD', 'PIMPINAN', 'BKPSDMD')";

    private final List<String> databases = new ArrayList<>();

    @AfterEach
    void dropTheScratchDatabases() throws SQLException {
        for (String database : databases) {
            FirstOfficerCommand.drop(database);
        }
    }

    private String emptyDatabase() throws SQLException {
        String database = FirstOfficerCommand.scratchDatabase();
        databases.add(database);
        return database;
    }

    private static Run firstOfficer(String database, String stdin, String... arguments) throws Exception {
        return FirstOfficerCommand.run(database, Map.of(), stdin, arguments);
    }

    @Test
    void createsTheFirstBkpsdmdOfficerWithAPasswordPrintedOnceThenRefusesASecond() throws Exception {
        String database = emptyDatabase();

        Run first = firstOfficer(
                database,
                "",
                "--username",
                "Kepala.BKPSDMD",
                "--name",
                "Drs. Ahmad Yani, M.Si.",
                "--email",
                "Ahmad.Yani@Merangin.go.id",
                "--opd-name",
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah",
                "--generate-password");

        assertThat(first.exitCode()).as(first.printed()).isZero();
        Matcher printed = PRINTED_PASSWORD.matcher(first.out());
        assertThat(printed.find()).as(first.out()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSize(16);
        assertThat(first.printed().split(Pattern.quote(password), -1))
                .as("printed once")
                .hasSize(2);
        assertThat(first.out())
                .contains("wajib diganti saat login pertama", "must be changed at the first login", "second factor");

        assertThat(FirstOfficerCommand.rows(
                        database,
                        "select a.username, a.display_name, a.email, a.status,"
                                + " a.must_change_password, a.email_verified_at, o.code, o.name, o.parent_id, o.zone_id"
                                + " from account a join opd o on o.id = a.opd_id"))
                .singleElement()
                .satisfies(account -> assertThat(account)
                        .containsEntry("username", "kepala.bkpsdmd")
                        .containsEntry("display_name", "Drs. Ahmad Yani, M.Si.")
                        .containsEntry("email", "ahmad.yani@merangin.go.id")
                        .containsEntry("status", "ACTIVE")
                        .containsEntry("must_change_password", true)
                        .containsEntry("email_verified_at", null)
                        .containsEntry("code", "BKPSDMD")
                        .containsEntry("name", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah")
                        .containsEntry("parent_id", null)
                        .containsEntry("zone_id", "Asia/Jakarta"));
        assertThat(FirstOfficerCommand.rows(
                        database,
                        "select r.role from account_role r"
                                + " join account a on a.id = r.account_id where a.username = 'kepala.bkpsdmd'"))
                .containsExactly(Map.of("role", "BKPSDMD"));
        assertThat((String) FirstOfficerCommand.value(database, "select password_hash from account"))
                .startsWith("PBKDF2WithHmacSHA512:10000:")
                .doesNotContain(password);
        assertThat(FirstOfficerCommand.rows(
                        database,
                        "select actor, action, entity_type, entity_id, detail"
                                + " from audit_entry where action = 'OFFICER_CREATED'"))
                .singleElement()
                .satisfies(entry -> assertThat(entry)
                        .containsEntry("actor", "first-officer")
                        .containsEntry("entity_type", "Account")
                        .containsEntry(
                                "entity_id",
                                FirstOfficerCommand.value(
                                        database, "select id::text from account where username = 'kepala.bkpsdmd'"))
                        .containsEntry(
                                "detail",
                                "{\"username\":\"kepala.bkpsdmd\",\"role\":\"BKPSDMD\"," + "\"opd\":\"BKPSDMD\"}"));
        assertThat(FirstOfficerCommand.value(
                        database,
                        "select count(*) from audit_entry where action = 'OPD_CREATED' and actor = 'first-officer'"))
                .isEqualTo(1L);

        Run second =
                firstOfficer(database, "", "--username", "wakil.bkpsdmd", "--name", "Wakil", "--generate-password");

        assertThat(second.exitCode()).as(second.printed()).isEqualTo(2);
        assertThat(second.err())
                .containsSubsequence(
                        "sudah memiliki petugas", "layar Pengguna", "has an officer already", "Pengguna screen");
        assertThat(second.out()).doesNotContain("Temporary password");
        assertThat(FirstOfficerCommand.value(database, OFFICERS)).isEqualTo(1L);
        assertThat(FirstOfficerCommand.value(database, "select count(*) from account"))
                .isEqualTo(1L);
    }

    @Test
    void twoRunsAtOnceCreateOneOfficer() throws Exception {
        String database = emptyDatabase();

        FirstOfficerCommand.Started one = FirstOfficerCommand.start(
                database,
                Map.of(),
                "--username",
                "petugas.satu",
                "--name",
                "Satu",
                "--opd-name",
                "BKPSDMD Merangin",
                "--generate-password");
        FirstOfficerCommand.Started two = FirstOfficerCommand.start(
                database,
                Map.of(),
                "--username",
                "petugas.dua",
                "--name",
                "Dua",
                "--opd-name",
                "BKPSDMD Merangin",
                "--generate-password");
        Run first = one.finish("");
        Run second = two.finish("");

        assertThat(List.of(first.exitCode(), second.exitCode()))
                .as(first.printed() + second.printed())
                .containsExactlyInAnyOrder(0, 2);
        assertThat(FirstOfficerCommand.value(database, OFFICERS)).isEqualTo(1L);
        assertThat(FirstOfficerCommand.value(database, "select count(*) from opd"))
                .isEqualTo(1L);
    }

    @Test
    void refusesAWeakPasswordFromStandardInputBeforeTouchingTheDatabase() throws Exception {
        String database = emptyDatabase();

        Run run = firstOfficer(
                database,
                "pendek\n",
                "--username",
                "kepala.bkpsdmd",
                "--name",
                "Kepala",
                "--opd-name",
                "BKPSDMD Merangin",
                "--password-stdin");

        assertThat(run.exitCode()).as(run.printed()).isEqualTo(1);
        assertThat(run.err()).containsSubsequence("Kata sandi ditolak", "Password refused: at least 8 characters");
        assertThat(run.printed()).doesNotContain("pendek");
        assertThat(FirstOfficerCommand.value(database, "select to_regclass('account') is null"))
                .isEqualTo(true);
    }

    @Test
    void refusesAUsernameOfDigitsOnlyForItWouldLookLikeANip() throws Exception {
        String database = emptyDatabase();

        Run run = firstOfficer(
                database,
                "",
                "--username",
                "198407222009012002",
                "--name",
                "Kepala",
                "--opd-name",
                "BKPSDMD Merangin",
                "--generate-password");

        assertThat(run.exitCode()).as(run.printed()).isEqualTo(1);
        assertThat(run.err()).contains("not digits only");
        assertThat(run.out()).doesNotContain("Temporary password");
        assertThat(FirstOfficerCommand.value(database, "select to_regclass('account') is null"))
                .isEqualTo(true);
    }

    @Test
    void asksForTheOpdNameWhenTheOpdIsMissingAndChangesNothing() throws Exception {
        String database = emptyDatabase();

        Run run = firstOfficer(
                database,
                "Rahasia#Merangin2026\n",
                "--username",
                "kepala.bkpsdmd",
                "--name",
                "Kepala",
                "--password-stdin");

        assertThat(run.exitCode()).as(run.printed()).isEqualTo(1);
        assertThat(run.err()).contains("--opd-name", "no OPD with code BKPSDMD");
        assertThat(run.printed()).doesNotContain("Rahasia");
        assertThat(FirstOfficerCommand.value(database, "select count(*) from account"))
                .isEqualTo(0L);
        assertThat(FirstOfficerCommand.value(database, "select count(*) from opd"))
                .isEqualTo(0L);
        assertThat(FirstOfficerCommand.value(database, "select count(*) from audit_entry"))
                .isEqualTo(0L);
    }
}
