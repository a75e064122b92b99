package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.TestPostgres;
import id.go.merangin.sapo.employee.FirstOfficerCommand.Run;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server takes the password hash that {@code bin/first-officer} writes. Before the test (in the test JVM) the
 * command creates an officer on a scratch database, with the production default of iterations while the tests'
 * server hashes with 10,000; the hash it wrote is copied into a new officer of the tests' database (never the
 * command's target: that database holds the demo officers). In the server, SAPO's own repository reads that account
 * and SAPO's own {@link PasswordHashing} verifies the password against it. The copied officer is deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class FirstOfficerHashIT {

    private static final String USERNAME = "first-officer-it";
    private static final String PASSWORD = "Rahasia#Merangin2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(
                FirstOfficerHashIT.class,
                FirstOfficerCommand.class,
                FirstOfficerCommand.Run.class,
                FirstOfficerCommand.Started.class);
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Resource
    UserTransaction transaction;

    /** Runs in the test JVM only (Arquillian skips it in the server). */
    @BeforeAll
    static void anOfficerWithTheHashTheCommandWrote() throws Exception {
        String hash;
        String scratch = FirstOfficerCommand.scratchDatabase();
        try {
            Run run = FirstOfficerCommand.run(
                    scratch,
                    Map.of("SAPO_PASSWORD_PBKDF2_ITERATIONS", "210000"),
                    PASSWORD + "\n",
                    "--username",
                    "kepala.bkpsdmd",
                    "--name",
                    "Kepala BKPSDMD",
                    "--opd-name",
                    "BKPSDMD Merangin",
                    "--password-stdin");
            assertThat(run.exitCode()).as(run.printed()).isZero();
            hash = (String) FirstOfficerCommand.value(
                    scratch, "select password_hash from account where username = 'kepala.bkpsdmd'");
        } finally {
            FirstOfficerCommand.drop(scratch);
        }
        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:");
        deleteTheCopiedOfficer();
        try (Connection connection = testsDatabase();
                PreparedStatement insert = connection.prepareStatement("insert into account (id, username,"
                        + " display_name, password_hash, opd_id, status, created_at, must_change_password)"
                        + " select nextval('account_seq'), ?, 'First Officer IT', ?, o.id, 'ACTIVE', now(), false"
                        + " from opd o where o.code = 'BKPSDMD'");
                PreparedStatement role = connection.prepareStatement("insert into account_role (account_id, role)"
                        + " select id, 'ADMIN_OPD' from account where username = ?")) {
            insert.setString(1, USERNAME);
            insert.setString(2, hash);
            assertThat(insert.executeUpdate()).isEqualTo(1);
            role.setString(1, USERNAME);
            assertThat(role.executeUpdate()).isEqualTo(1);
        }
    }

    @AfterAll
    static void deleteTheCopiedOfficer() throws SQLException {
        try (Connection connection = testsDatabase();
                PreparedStatement delete = connection.prepareStatement("delete from account where username = ?")) {
            delete.setString(1, USERNAME);
            delete.executeUpdate();
        }
    }

    private static Connection testsDatabase() throws SQLException {
        return TestPostgres.testsDatabase();
    }

    @Test
    void theServerVerifiesThePasswordAgainstTheHashTheCommandWrote() throws Exception {
        String hash;
        // the repository reads in a transaction, as the services call it; nothing is written
        transaction.begin();
        try {
            hash = accounts.findByUsername(USERNAME).orElseThrow().passwordHash();
        } finally {
            transaction.rollback();
        }

        assertThat(passwords.matches(PASSWORD.toCharArray(), hash)).isTrue();
        assertThat(passwords.matches("rahasia#merangin2026".toCharArray(), hash))
                .isFalse();
    }
}
