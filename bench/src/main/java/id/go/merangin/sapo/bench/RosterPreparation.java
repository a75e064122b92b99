package id.go.merangin.sapo.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Prepares N ASN by COPY, exactly as registration, verification and login through the API would leave them: a master
 * record in one of the demo OPDs, an ACTIVE account with the ASN role and the demo password's hash, one bound
 * device, and a bearer token of which only the SHA-256 is stored (as {@code AccountService.login} does). Ids are
 * taken from the tables' own sequences, as a block that Hibernate's pooled optimizer will never hand out.
 */
public final class RosterPreparation {

    private static final SecureRandom TOKENS = new SecureRandom();
    private static final Duration TOKEN_TTL = Duration.ofHours(720);
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1975, 1, 1);
    private static final int PER_BIRTH_DATE = 999;

    private final Connection db;

    public RosterPreparation(Connection db) {
        this.db = db;
    }

    /** Adds {@code count} ASN spread over the OPDs that have a circular office location. */
    public Roster prepare(int count, Instant clockStart) throws SQLException {
        db.setAutoCommit(false);
        removeEarlierRun();
        List<Fence> fences = fences();
        String passwordHash = demoAsnPasswordHash();
        long employees = reserve("employee_seq", count);
        long accounts = reserve("account_seq", count);
        long devices = reserve("device_seq", count);
        long tokens = reserve("api_token_seq", count);
        Random random = new Random(6);
        StringBuilder employeeRows = new StringBuilder();
        StringBuilder accountRows = new StringBuilder();
        StringBuilder roleRows = new StringBuilder();
        StringBuilder deviceRows = new StringBuilder();
        StringBuilder tokenRows = new StringBuilder();
        List<Asn> prepared = new ArrayList<>(count);
        String boundAt = clockStart.minus(Duration.ofDays(1)).toString();
        String issuedAt = clockStart.toString();
        String expiresAt = clockStart.plus(TOKEN_TTL).toString();
        for (int i = 0; i < count; i++) {
            Fence fence = fences.get(i % fences.size());
            String nip = nip(i);
            boolean male = i % 2 == 0;
            long employeeId = employees + i;
            long accountId = accounts + i;
            long deviceId = devices + i;
            String token = newToken();
            employeeRows.append(employeeId).append(",").append(nip).append(",ASN Bench ").append(i + 1).append(",")
                    .append(birthDate(i)).append(",").append(male ? "MALE" : "FEMALE")
                    .append(",Pelaksana,Pengatur (II/c),").append(fence.opdId()).append("\n");
            accountRows.append(accountId).append(",").append(nip).append(",asn.").append(nip)
                    .append("@bench.sapo.merangin.go.id,ASN Bench ").append(i + 1).append(",\"").append(passwordHash)
                    .append("\",").append(fence.opdId()).append(",").append(employeeId).append(",ACTIVE,")
                    .append(boundAt).append("\n");
            roleRows.append(accountId).append(",ASN\n");
            deviceRows.append(deviceId).append(",").append(accountId).append(",bench-").append(nip)
                    .append(",Bench phone,").append(boundAt).append("\n");
            tokenRows.append(tokens + i).append(",").append(accountId).append(",").append(deviceId).append(",")
                    .append(sha256(token)).append(",").append(issuedAt).append(",").append(expiresAt).append("\n");
            double[] point = fence.pointInside(random);
            prepared.add(new Asn(employeeId, nip, token, point[0], point[1], 5 + random.nextInt(16)));
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        copyIn(copy, "employee (id, nip, name, birth_date, sex, position, rank_name, opd_id)", employeeRows);
        copyIn(copy, "account (id, username, email, display_name, password_hash, opd_id, employee_id, status,"
                + " created_at)", accountRows);
        copyIn(copy, "account_role (account_id, role)", roleRows);
        copyIn(copy, "device (id, account_id, device_id, model, bound_at)", deviceRows);
        copyIn(copy, "api_token (id, account_id, device_id, token_hash, issued_at, expires_at)", tokenRows);
        db.commit();
        db.setAutoCommit(true);
        try (Statement statement = db.createStatement()) {
            statement.execute("analyze employee, account, account_role, device, api_token");
        }
        return new Roster(List.copyOf(prepared), employees, devices, someLocationId());
    }

    /** Takes out the ASN of an earlier run on the same database, with everything they left. */
    private void removeEarlierRun() throws SQLException {
        String bench = "(select id from employee where nip in (select username from account"
                + " where email like '%@bench.sapo.merangin.go.id'))";
        try (Statement statement = db.createStatement()) {
            statement.execute("delete from attendance_event where employee_id in " + bench);
            statement.execute("delete from stored_file where owner_employee_id in " + bench);
            statement.execute("delete from api_token where account_id in (select id from account"
                    + " where email like '%@bench.sapo.merangin.go.id')");
            statement.execute("delete from device where account_id in (select id from account"
                    + " where email like '%@bench.sapo.merangin.go.id')");
            statement.execute("delete from account_role where account_id in (select id from account"
                    + " where email like '%@bench.sapo.merangin.go.id')");
            statement.execute("create temporary table bench_gone on commit drop as " + bench.substring(1,
                    bench.length() - 1));
            statement.execute("delete from account where email like '%@bench.sapo.merangin.go.id'");
            statement.execute("delete from employee where id in (select id from bench_gone)");
        }
    }

    /** NIP: birth date, appointment month, sex digit, sequence; unique per {@code i}, none of them a demo NIP. */
    static String nip(int i) {
        return birthDate(i).format(DateTimeFormatter.BASIC_ISO_DATE) + "200503" + (i % 2 == 0 ? "1" : "2")
                + String.format("%03d", i % PER_BIRTH_DATE + 1);
    }

    private static LocalDate birthDate(int i) {
        return FIRST_BIRTH_DATE.plusDays(i / PER_BIRTH_DATE);
    }

    private List<Fence> fences() throws SQLException {
        List<Fence> fences = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select distinct on (opd_id) opd_id,"
                        + " st_y(centre::geometry), st_x(centre::geometry), radius_m from office_location"
                        + " where centre is not null and active and valid_from is null order by opd_id, id")) {
            while (rows.next()) {
                fences.add(new Fence(rows.getLong(1), rows.getDouble(2), rows.getDouble(3), rows.getDouble(4)));
            }
        }
        if (fences.isEmpty()) {
            throw new IllegalStateException("no office locations: start the server with SAPO_DEMO_DATA=true first");
        }
        return fences;
    }

    private String demoAsnPasswordHash() throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select a.password_hash from account a"
                        + " join account_role r on r.account_id = a.id and r.role = 'ASN' order by a.id limit 1")) {
            if (!rows.next()) {
                throw new IllegalStateException("no demo ASN account to take the password hash from");
            }
            return rows.getString(1);
        }
    }

    private long someLocationId() throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select min(id) from office_location")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The first of {@code count} contiguous ids that no one else will get from the sequence (step 50). */
    private long reserve(String sequence, int count) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("select nextval('" + sequence + "')")) {
            rows.next();
            long last = rows.getLong(1);
            long next = last + 50L * ((count + 49) / 50 + 2);
            statement.execute("select setval('" + sequence + "', " + next + ")");
            return last + 1;
        }
    }

    private static void copyIn(CopyManager copy, String table, CharSequence csv) throws SQLException {
        try {
            copy.copyIn("copy " + table + " from stdin (format csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
