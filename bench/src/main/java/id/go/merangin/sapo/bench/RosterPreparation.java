package id.go.merangin.sapo.bench;

import id.go.merangin.sapo.employee.BearerTokens;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

    private static final Duration TOKEN_TTL = Duration.ofHours(720);
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1975, 1, 1);
    private static final int PER_BIRTH_DATE = 999;
    static final int HISTORY_DAYS = 10;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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
            String token = BearerTokens.newToken();
            employeeRows
                    .append(employeeId)
                    .append(",")
                    .append(nip)
                    .append(",ASN Bench ")
                    .append(i + 1)
                    .append(",")
                    .append(birthDate(i))
                    .append(",")
                    .append(male ? "MALE" : "FEMALE")
                    .append(",Pelaksana,Pengatur (II/c),")
                    .append(fence.opdId())
                    .append("\n");
            accountRows
                    .append(accountId)
                    .append(",")
                    .append(nip)
                    .append(",asn.")
                    .append(nip)
                    .append("@bench.sapo.merangin.go.id,ASN Bench ")
                    .append(i + 1)
                    .append(",\"")
                    .append(passwordHash)
                    .append("\",")
                    .append(fence.opdId())
                    .append(",")
                    .append(employeeId)
                    .append(",ACTIVE,")
                    .append(boundAt)
                    .append("\n");
            roleRows.append(accountId).append(",ASN\n");
            deviceRows
                    .append(deviceId)
                    .append(",")
                    .append(accountId)
                    .append(",bench-")
                    .append(nip)
                    .append(",Bench phone,")
                    .append(boundAt)
                    .append("\n");
            tokenRows
                    .append(tokens + i)
                    .append(",")
                    .append(accountId)
                    .append(",")
                    .append(deviceId)
                    .append(",")
                    .append(BearerTokens.hash(token))
                    .append(",")
                    .append(issuedAt)
                    .append(",")
                    .append(expiresAt)
                    .append("\n");
            double[] point = fence.pointInside(random);
            prepared.add(new Asn(employeeId, nip, token, point[0], point[1], 5 + random.nextInt(16)));
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        copyIn(copy, "employee (id, nip, name, birth_date, sex, position, rank_name, opd_id)", employeeRows);
        copyIn(
                copy,
                "account (id, username, email, display_name, password_hash, opd_id, employee_id, status,"
                        + " created_at)",
                accountRows);
        copyIn(copy, "account_role (account_id, role)", roleRows);
        copyIn(copy, "device (id, account_id, device_id, model, bound_at)", deviceRows);
        copyIn(copy, "api_token (id, account_id, device_id, token_hash, issued_at, expires_at)", tokenRows);
        db.commit();
        db.setAutoCommit(true);
        long location = someLocationId();
        addHistory(employees, devices, count, location, clockStart);
        try (Statement statement = db.createStatement()) {
            statement.execute(
                    "analyze employee, account, account_role, device, api_token, attendance_event," + " stored_file");
        }
        return new Roster(List.copyOf(prepared), employees, devices, location);
    }

    /**
     * The {@value #HISTORY_DAYS} working days before the benchmark's: each ASN's accepted check-in and check-out with
     * its selfie's record, as a running SAPO has. Without them the tables would be empty, PostgreSQL would plan the
     * check-in's lookups as scans of an empty table, and those plans (prepared once per connection) would then scan
     * the phase's growing rows. The selfies' contents are purged, as retention does, to keep the preparation short.
     */
    private void addHistory(long employees, long devices, int count, long location, Instant clockStart)
            throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = clockStart.atZone(WIB).toLocalDate().minusDays(1);
                days.size() < HISTORY_DAYS;
                day = day.minusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                days.add(day);
            }
        }
        int rows = count * days.size() * 2;
        long files = reserve("stored_file_seq", rows);
        long events = reserve("attendance_event_seq", rows);
        String each = " from generate_series(0, ? - 1) e(i), unnest(?::date[]) with ordinality d(day, n),"
                + " (values (0, time '07:21'), (1, time '16:07')) t(n, at)";
        String offset = "((d.n - 1) * 2 + t.n) * ?::bigint + e.i";
        String at = "((d.day + t.at) at time zone 'Asia/Jakarta')";
        try (PreparedStatement photos = db.prepareStatement("insert into stored_file (id, owner_employee_id,"
                        + " purpose, content_type, sha256, size_bytes, content, created_at, purged_at)"
                        + " select ?::bigint + " + offset + ", ?::bigint + e.i, 'ATTENDANCE_PHOTO', 'image/jpeg',"
                        + " md5('history ' || e.i || ' ' || d.day || ' ' || t.n) || md5(e.i || ' ' || d.day), 31000,"
                        + " null, " + at + ", " + at + " + interval '1 day'" + each);
                PreparedStatement attendance = db.prepareStatement("insert into attendance_event (id,"
                        + " employee_id, event_type, decision, server_time, work_date, client_time, position,"
                        + " accuracy_m, distance_m, location_id, device_id, photo_id, idempotency_key, late_minutes,"
                        + " early_minutes)"
                        + " select ?::bigint + " + offset + ", ?::bigint + e.i,"
                        + " case t.n when 0 then 'CHECK_IN' else 'CHECK_OUT' end, 'ACCEPTED', " + at + ", d.day, "
                        + at + ", st_setsrid(st_makepoint(102.2867, -2.0834), 4326)::geography, 8, 21.5, ?,"
                        + " ?::bigint + e.i, ?::bigint + " + offset + ", md5('history ' || e.i || ' ' || d.day"
                        + " || ' ' || t.n), case t.n when 0 then 0 end, case t.n when 1 then 0 end" + each)) {
            java.sql.Array dates = db.createArrayOf(
                    "date", days.stream().map(java.sql.Date::valueOf).toArray());
            photos.setLong(1, files);
            photos.setLong(2, count);
            photos.setLong(3, employees);
            photos.setInt(4, count);
            photos.setArray(5, dates);
            photos.executeUpdate();
            attendance.setLong(1, events);
            attendance.setLong(2, count);
            attendance.setLong(3, employees);
            attendance.setLong(4, location);
            attendance.setLong(5, devices);
            attendance.setLong(6, files);
            attendance.setLong(7, count);
            attendance.setInt(8, count);
            attendance.setArray(9, dates);
            attendance.executeUpdate();
        }
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
            statement.execute(
                    "create temporary table bench_gone on commit drop as " + bench.substring(1, bench.length() - 1));
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
}
