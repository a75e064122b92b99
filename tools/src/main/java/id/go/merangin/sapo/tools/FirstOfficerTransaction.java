package id.go.merangin.sapo.tools;

import id.go.merangin.sapo.employee.AccountStatus;
import id.go.merangin.sapo.employee.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Creates the first officer in one transaction, or nothing: the account of a BKPSDMD officer, its role, the OPD it
 * belongs to when that is missing, and their lines in the audit log, as the Pengguna and Organisasi screens would
 * have written them. Refused once any officer exists, so that it never becomes a second way of making officers.
 *
 * <p>The table of accounts is locked first (a lock that conflicts with itself and with every insert), so two runs
 * at once cannot both find no officer. Ids are the values of the entities' sequences themselves: Hibernate's pooled
 * optimizer uses the fifty values up to each one it fetches, so a value fetched here is used by no one else.
 */
final class FirstOfficerTransaction {

    /** The roles of the admin screens' officers: any one of them means the regency has begun. */
    private static final String OFFICER_ROLES =
            "'" + Role.ADMIN_OPD + "', '" + Role.PIMPINAN + "', '" + Role.BKPSDMD + "'";

    static final Role ROLE = Role.BKPSDMD;
    static final String ACTOR = "first-officer";

    /** The officer to create, checked already. */
    record NewOfficer(
            String username,
            String displayName,
            Optional<String> email,
            String opdCode,
            Optional<String> opdName,
            String passwordHash,
            boolean mustChangePassword) {}

    /** What was created. */
    record Created(long accountId, long opdId, boolean opdCreated) {}

    private FirstOfficerTransaction() {}

    /** Creates {@code officer} through {@code connection} and commits, or rolls back and says why not. */
    static Created create(Connection connection, NewOfficer officer) throws Refusal, SQLException {
        connection.setAutoCommit(false);
        try {
            Created created = createIn(connection, officer);
            connection.commit();
            return created;
        } catch (Refusal | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static Created createIn(Connection connection, NewOfficer officer) throws Refusal, SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("set local lock_timeout = '30s'");
            sql.execute("lock table account in share row exclusive mode");
        }
        if (exists(connection, "select 1 from account_role where role in (" + OFFICER_ROLES + ")")) {
            throw Refusal.of(ExitCode.OFFICER_EXISTS, "officer.exists");
        }
        if (exists(connection, "select 1 from account where username = ?", officer.username())) {
            throw Refusal.badInput("username.taken", officer.username());
        }
        if (officer.email().isPresent()
                && exists(
                        connection,
                        "select 1 from account where lower(email) = ?",
                        officer.email().get())) {
            throw Refusal.badInput("email.taken", officer.email().get());
        }
        Optional<Long> existingOpd = opdId(connection, officer.opdCode());
        long opdId;
        if (existingOpd.isPresent()) {
            opdId = existingOpd.get();
        } else {
            String opdName =
                    officer.opdName().orElseThrow(() -> Refusal.badInput("opd.name-missing", officer.opdCode()));
            opdId = insertOpd(connection, officer.opdCode(), opdName);
        }
        long accountId = insertAccount(connection, officer, opdId);
        return new Created(accountId, opdId, existingOpd.isEmpty());
    }

    private static long insertOpd(Connection connection, String code, String name) throws SQLException {
        long id = returnedId(
                connection,
                "insert into opd (id, code, name, parent_id, self_activation, zone_id,"
                        + " active) values (nextval('opd_seq'), ?, ?, null, false, 'Asia/Jakarta', true) returning id",
                code,
                name);
        audit(
                connection,
                "OPD_CREATED",
                "Opd",
                id,
                detail("code", code, "name", name, "selfActivation", Boolean.FALSE.toString()));
        return id;
    }

    private static long insertAccount(Connection connection, NewOfficer officer, long opdId) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into account (id, username, email,"
                + " display_name, password_hash, opd_id, status, created_at, must_change_password)"
                + " values (nextval('account_seq'), ?, ?, ?, ?, ?, ?, now(), ?) returning id")) {
            insert.setString(1, officer.username());
            insert.setString(2, officer.email().orElse(null));
            insert.setString(3, officer.displayName());
            insert.setString(4, officer.passwordHash());
            insert.setLong(5, opdId);
            insert.setString(6, AccountStatus.ACTIVE.name());
            insert.setBoolean(7, officer.mustChangePassword());
            id = single(insert);
        }
        try (PreparedStatement role =
                connection.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
            role.setLong(1, id);
            role.setString(2, ROLE.name());
            role.executeUpdate();
        }
        audit(
                connection,
                "OFFICER_CREATED",
                "Account",
                id,
                detail("username", officer.username(), "role", ROLE.name(), "opd", officer.opdCode()));
        return id;
    }

    /** A line of the audit log as AuditTrail writes it; no client address, as for start-up work. */
    private static void audit(Connection connection, String action, String entityType, long entityId, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (id, occurred_at,"
                + " actor, action, entity_type, entity_id, detail, source_address)"
                + " values (nextval('audit_entry_seq'), now(), ?, ?, ?, ?, ?, null)")) {
            insert.setString(1, ACTOR);
            insert.setString(2, action);
            insert.setString(3, entityType);
            insert.setString(4, Long.toString(entityId));
            insert.setString(5, detail);
            insert.executeUpdate();
        }
    }

    /**
     * The detail as the audit log screen reads it (AuditDetail): a JSON object of named facts, every value a string.
     */
    static String detail(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream()
                .map(field -> jsonString(field.getKey()) + ":" + jsonString(field.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    private static Optional<Long> opdId(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id from opd where code = ?")) {
            query.setString(1, code);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static long returnedId(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setString(i + 1, parameters[i]);
            }
            return single(insert);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
