package id.go.merangin.sapo.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.merangin.sapo.SapoDeployment;
import id.go.merangin.sapo.security.AsBkpsdmd;
import id.go.merangin.sapo.security.AsDiskominfoAdmin;
import id.go.merangin.sapo.security.AsDiskominfoPimpinan;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Officers' accounts as the Pengguna screen's services keep them: who may create and change which officer, what a
 * new officer's first login must do, and that every bad input is refused with its code and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerAccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return SapoDeployment.earWithTests(OfficerAccountsIT.class);
    }

    @Inject
    OfficerAccounts officers;

    @Inject
    OfficerLogin login;

    @Inject
    AsBkpsdmd bkpsdmd;

    @Inject
    AsDiskominfoAdmin diskominfoAdmin;

    @Inject
    AsDiskominfoPimpinan diskominfoPimpinan;

    @Resource(lookup = "java:jboss/datasources/SapoDS")
    DataSource database;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTheOfficersMade() throws SQLException {
        for (String username : created) {
            update("delete from account where username = ?", username);
        }
    }

    private String fresh(String prefix) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        created.add(username);
        return username;
    }

    private static String codeOf(Callable<?> work, id.go.merangin.sapo.security.ActingOfficer as) {
        try {
            as.call(work);
            return "ACCEPTED";
        } catch (SapoException e) {
            return e.code().name();
        }
    }

    @Test
    void anAdminOpdCreatesTheOfficersOfItsOwnOpdOnly() throws SQLException {
        String pimpinan = fresh("pimpinan.uji");
        OfficerAccounts.Created made = diskominfoAdmin.call(() -> officers.create(
                pimpinan,
                "Kepala Bidang Uji",
                "kabid." + pimpinan + "@merangin.go.id",
                Role.PIMPINAN,
                "DISKOMINFO",
                false));

        assertThat(made.password()).matches("[A-HJ-NP-Za-km-z2-9]{16}");
        assertThat(diskominfoAdmin.call(() -> officers.list()))
                .extracting(OfficerRow::username)
                .contains(pimpinan);
        assertThat(text(
                        "select string_agg(role, ',') from account_role r join account a on a.id = r.account_id"
                                + " where a.username = ?",
                        pimpinan))
                .isEqualTo("PIMPINAN");
        assertThat(text(
                        "select actor || ' ' || action from audit_entry where entity_type = 'Account'"
                                + " and entity_id = ? order by id desc limit 1",
                        Long.toString(made.id())))
                .isEqualTo("admin.diskominfo OFFICER_CREATED");

        String elsewhere = fresh("admin.uji");
        assertThat(codeOf(
                        () -> officers.create(elsewhere, "Admin Uji", null, Role.ADMIN_OPD, "DINKES", false),
                        diskominfoAdmin))
                .isEqualTo("FORBIDDEN_OPD");
        assertThat(codeOf(
                        () -> officers.create(elsewhere, "Admin Uji", null, Role.BKPSDMD, "DISKOMINFO", false),
                        diskominfoAdmin))
                .isEqualTo("ROLE_NOT_GRANTABLE");
        assertThat(codeOf(
                        () -> officers.create(elsewhere, "Admin Uji", null, Role.ADMIN_OPD, "DISKOMINFO", false),
                        diskominfoPimpinan))
                .isEqualTo("READ_ONLY");
        assertThat(number("select count(*) from account where username = ?", elsewhere))
                .isZero();
        assertThat(diskominfoAdmin.call(() -> officers.list()))
                .as("only its own OPD and sub-units")
                .extracting(OfficerRow::opdCode)
                .contains("DISKOMINFO")
                .doesNotContain("BKPSDMD", "DINKES");
    }

    @Test
    void anAdminNeverChangesItsOwnAccountNorABkpsdmdOfficer() {
        long own = id("admin.diskominfo");
        assertThat(codeOf(
                        () -> {
                            officers.update(own, "Admin", null, Role.ADMIN_OPD, "DISKOMINFO", false);
                            return null;
                        },
                        diskominfoAdmin))
                .isEqualTo("OWN_ACCOUNT");
        assertThat(codeOf(
                        () -> {
                            officers.lock(own);
                            return null;
                        },
                        diskominfoAdmin))
                .isEqualTo("OWN_ACCOUNT");
        long bkpsdmdOfficer = id("bkpsdmd");
        assertThat(codeOf(() -> officers.resetPassword(bkpsdmdOfficer), diskominfoAdmin))
                .isEqualTo("FORBIDDEN_OPD");
        assertThat(codeOf(
                        () -> {
                            officers.lock(bkpsdmdOfficer);
                            return null;
                        },
                        bkpsdmd))
                .as("BKPSDMD's own account")
                .isEqualTo("OWN_ACCOUNT");
        String colleague = fresh("admin.rekan");
        long other = bkpsdmd.call(() -> officers.create(colleague, "Rekan", null, Role.ADMIN_OPD, "DISKOMINFO", false))
                .id();
        assertThat(codeOf(() -> officers.resetPassword(other), diskominfoAdmin))
                .as("another admin of its OPD")
                .isEqualTo("ACCEPTED");
    }

    @Test
    void aNewOfficersFirstLoginChangesTheHandedPassword() {
        String username = fresh("admin.baru");
        OfficerAccounts.Created made =
                bkpsdmd.call(() -> officers.create(username, "Admin Baru", null, Role.ADMIN_OPD, "DINKES", false));

        OfficerLogin.Step step = login.password(username, made.password().toCharArray());
        assertThat(step.next()).isEqualTo(OfficerLogin.Next.DONE);
        assertThat(login.sessionState(username)).get().satisfies(state -> {
            assertThat(state.mustChangePassword()).isTrue();
            assertThat(state.continues(0)).isTrue();
        });

        String reset = bkpsdmd.call(() -> officers.resetPassword(made.id()));
        assertThat(login.sessionState(username).orElseThrow().continues(0))
                .as("a session begun before the reset")
                .isFalse();
        assertThatThrownBy(() -> login.password(username, made.password().toCharArray()))
                .isInstanceOfSatisfying(
                        SapoException.class, e -> assertThat(e.code().name()).isEqualTo("INVALID_CREDENTIALS"));
        assertThat(login.password(username, reset.toCharArray()).accountId()).isEqualTo(made.id());

        bkpsdmd.run(() -> officers.lock(made.id()));
        assertThat(login.sessionState(username).orElseThrow().continues(1))
                .as("a locked account's session")
                .isFalse();
        assertThatThrownBy(() -> login.password(username, reset.toCharArray()))
                .isInstanceOfSatisfying(
                        SapoException.class, e -> assertThat(e.code().name()).isEqualTo("ACCOUNT_LOCKED"));
        bkpsdmd.run(() -> officers.unlock(made.id()));
        assertThat(login.password(username, reset.toCharArray()).accountId()).isEqualTo(made.id());
    }

    @Test
    void badInputIsRefusedWithItsCodeAndChangesNothing() throws SQLException {
        String username = fresh("admin.uji");
        long before = number("select count(*) from account", null);

        assertThat(codeOf(
                        () -> officers.create("199001012020121001", "Angka", null, Role.ADMIN_OPD, "DISKOMINFO", false),
                        bkpsdmd))
                .as("a NIP-like username")
                .isEqualTo("INVALID_USERNAME");
        assertThat(codeOf(
                        () -> officers.create("x".repeat(5000), "Panjang", null, Role.ADMIN_OPD, "DISKOMINFO", false),
                        bkpsdmd))
                .isEqualTo("INVALID_USERNAME");
        assertThat(codeOf(
                        () -> officers.create(username, "N".repeat(201), null, Role.ADMIN_OPD, "DISKOMINFO", false),
                        bkpsdmd))
                .isEqualTo("INVALID_NAME");
        assertThat(codeOf(
                        () -> officers.create(username, "Nama", "bukan-email", Role.ADMIN_OPD, "DISKOMINFO", false),
                        bkpsdmd))
                .isEqualTo("INVALID_EMAIL");
        assertThat(codeOf(
                        () -> officers.create(
                                username,
                                "Nama",
                                "bkpsdmd@demo.sapo.merangin.go.id",
                                Role.ADMIN_OPD,
                                "DISKOMINFO",
                                false),
                        bkpsdmd))
                .isEqualTo("EMAIL_IN_USE");
        assertThat(codeOf(() -> officers.create("bkpsdmd", "Nama", null, Role.ADMIN_OPD, "DISKOMINFO", false), bkpsdmd))
                .isEqualTo("USERNAME_IN_USE");
        assertThat(codeOf(() -> officers.create(username, "Nama", null, Role.ASN, "DISKOMINFO", false), bkpsdmd))
                .isEqualTo("INVALID_ROLE");
        assertThat(codeOf(() -> officers.create(username, "Nama", null, Role.ADMIN_OPD, "TIDAK-ADA", false), bkpsdmd))
                .isEqualTo("UNKNOWN_OPD");
        long dinkesAdmin = id("admin.dinkes");
        assertThat(codeOf(
                        () -> {
                            officers.resetSecondFactor(dinkesAdmin);
                            return null;
                        },
                        diskominfoAdmin))
                .isEqualTo("BKPSDMD_ONLY");

        assertThat(number("select count(*) from account", null)).isEqualTo(before);
    }

    private long id(String username) {
        try {
            return number("select id from account where username = ?", username);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long number(String sql, String parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private String text(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void update(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
