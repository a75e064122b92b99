package id.go.merangin.sapo.demo;

import id.go.merangin.sapo.attendance.RefusalDetails;
import id.go.merangin.sapo.demo.DemoHistoryRows.Attendance;
import id.go.merangin.sapo.demo.DemoHistoryRows.Leave;
import id.go.merangin.sapo.demo.DemoHistoryRows.ProblemReport;
import id.go.merangin.sapo.demo.DemoHistoryRows.Punch;
import id.go.merangin.sapo.demo.DemoHistoryRows.Rebind;
import id.go.merangin.sapo.employee.Employee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * {@link DemoHistoryStore} in SAPO's tables: each kind of row written a batch per statement on the transaction's
 * connection (a year of a regency's demo history is hundreds of thousands of events), after reading what is there
 * already, so that only what is missing is added.
 */
@ApplicationScoped
public class JpaDemoHistoryStore implements DemoHistoryStore {

    static final String KEY_PREFIX = "demo-history-";
    private static final String MANUAL_REASON =
            "Dicatat manual oleh admin OPD dari daftar hadir (belum memakai aplikasi SAPO)";
    private static final String CLIENT = "SAPO-Web/1.0.0";

    /** Accepted events from fifteen text arrays, one element per event; an event already there is left alone. */
    private static final String INSERT_EVENTS = "insert into attendance_event (id, employee_id, event_type, decision,"
            + " server_time, work_date, client_time, position, accuracy_m, distance_m, location_id, device_id,"
            + " manual, reason_detail, late_minutes, early_minutes, client_app)"
            + " select nextval('attendance_event_seq'), e.employee_id::bigint, e.event_type, 'ACCEPTED',"
            + " e.server_time::timestamptz, e.work_date::date, e.server_time::timestamptz, case when e.lat is null"
            + " then null else st_setsrid(st_makepoint(e.lon::float8, e.lat::float8), 4326)::geography end,"
            + " e.accuracy_m::float8, e.distance_m::float8, e.location_id::bigint, e.device_id::bigint,"
            + " e.manual::boolean, e.reason_detail, e.late_minutes::int, e.early_minutes::int, e.client_app"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as e(employee_id,"
            + " event_type, server_time, work_date, lat, lon, accuracy_m, distance_m, location_id, device_id, manual,"
            + " reason_detail, late_minutes, early_minutes, client_app)"
            + " on conflict (employee_id, work_date, event_type) where decision = 'ACCEPTED' do nothing";

    private static final int EVENT_COLUMNS = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Added addMissing(
            Map<Long, Employee> staff,
            List<Attendance> attendance,
            List<Leave> leave,
            List<ProblemReport> reports,
            List<Rebind> rebinds) {
        Writer writer = new Writer(staff, List.copyOf(staff.keySet()));
        return em.unwrap(Session.class)
                .doReturningWork(connection -> new Added(
                        writer.attendance(connection, attendance),
                        writer.leave(connection, leave),
                        writer.reports(connection, reports),
                        writer.rebinds(connection, rebinds)));
    }

    /** Writes the plan's rows that are missing, on the transaction's connection. */
    private final class Writer {

        private final Map<Long, Employee> employees;
        private final Long[] ids;
        private Map<Long, Long> devices;
        private Map<Long, Long> accounts;

        Writer(Map<Long, Employee> employees, List<Long> ids) {
            this.employees = employees;
            this.ids = ids.toArray(Long[]::new);
        }

        int attendance(Connection connection, List<Attendance> days) throws SQLException {
            Map<Long, Long> device = devices(connection);
            Set<String> there = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("select employee_id || ' ' || work_date"
                    + " || ' ' || event_type from attendance_event where employee_id = any (?)"
                    + " and decision = 'ACCEPTED'")) {
                select.setArray(1, connection.createArrayOf("bigint", ids));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        there.add(rows.getString(1));
                    }
                }
            }
            List<Object[]> rows = new ArrayList<>();
            for (Attendance day : days) {
                if (!there.contains(day.employeeId() + " " + day.date() + " CHECK_IN")) {
                    rows.add(event(day, "CHECK_IN", day.checkIn(), device, day.lateMinutes(), null));
                }
                if (day.checkOut() != null && !there.contains(day.employeeId() + " " + day.date() + " CHECK_OUT")) {
                    rows.add(event(day, "CHECK_OUT", day.checkOut(), device, null, day.earlyMinutes()));
                }
            }
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENTS)) {
                for (int start = 0; start < rows.size(); start += 10_000) {
                    List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + 10_000));
                    for (int column = 0; column < EVENT_COLUMNS; column++) {
                        int c = column;
                        insert.setArray(
                                column + 1,
                                connection.createArrayOf(
                                        "text",
                                        chunk.stream()
                                                .map(row -> row[c] == null ? null : row[c].toString())
                                                .toArray(String[]::new)));
                    }
                    added += insert.executeUpdate();
                }
            }
            return added;
        }

        private Object[] event(
                Attendance day, String type, Punch punch, Map<Long, Long> device, Integer late, Integer early) {
            ZoneId zone = employees.get(day.employeeId()).opd().zone();
            boolean placed = punch.position() != null;
            return new Object[] {
                day.employeeId(),
                type,
                day.date().atTime(punch.time()).atZone(zone).toInstant(),
                day.date(),
                placed ? punch.position().latitude() : null,
                placed ? punch.position().longitude() : null,
                placed ? punch.accuracyM() : null,
                placed ? punch.distanceM() : null,
                placed ? punch.locationId() : null,
                day.manual() ? null : device.get(day.employeeId()),
                day.manual(),
                day.manual() ? MANUAL_REASON : null,
                late,
                early,
                day.manual() ? null : CLIENT
            };
        }

        int leave(Connection connection, List<Leave> requests) throws SQLException {
            Map<Long, List<LocalDate[]>> existing = new HashMap<>();
            boolean pendingThere = false;
            try (PreparedStatement select = connection.prepareStatement("select employee_id, start_date, end_date,"
                    + " coalesce(idempotency_key, '') from leave_request where employee_id = any (?)")) {
                select.setArray(1, connection.createArrayOf("bigint", ids));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        existing.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                                .add(new LocalDate[] {
                                    rows.getObject(2, LocalDate.class), rows.getObject(3, LocalDate.class)
                                });
                        pendingThere |= rows.getString(4).startsWith(KEY_PREFIX + "pending-");
                    }
                }
            }
            Map<Long, String> deciders = deciders(connection);
            Instant now = clock.instant();
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement("insert into leave_request (id, employee_id,"
                    + " leave_type, start_date, end_date, reason, state, decision_note, decided_by, decided_at,"
                    + " created_at, idempotency_key) values (nextval('leave_request_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)")) {
                for (Leave request : requests) {
                    boolean overlaps = existing.getOrDefault(request.employeeId(), List.of()).stream()
                            .anyMatch(span ->
                                    !span[0].isAfter(request.lastDay()) && !span[1].isBefore(request.firstDay()));
                    if (overlaps || !request.approved() && pendingThere) {
                        continue;
                    }
                    ZoneId zone = employees.get(request.employeeId()).opd().zone();
                    Instant created = earliest(
                            request.requestedOn()
                                    .atTime(LocalTime.of(8, 10))
                                    .atZone(zone)
                                    .toInstant(),
                            now);
                    insert.setLong(1, request.employeeId());
                    insert.setString(2, request.type().name());
                    insert.setObject(3, request.firstDay());
                    insert.setObject(4, request.lastDay());
                    insert.setString(5, request.reason());
                    insert.setString(6, request.approved() ? "APPROVED" : "PENDING");
                    insert.setString(7, request.approved() ? "Disetujui" : null);
                    insert.setString(8, request.approved() ? deciders.get(request.employeeId()) : null);
                    insert.setObject(
                            9,
                            request.approved() ? utc(earliest(created.plusSeconds(26 * 3600), now)) : null,
                            Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(10, utc(created));
                    insert.setString(
                            11,
                            KEY_PREFIX + (request.approved() ? "" : "pending-")
                                    + request.type().name().toLowerCase() + "-" + request.firstDay());
                    insert.addBatch();
                    added++;
                }
                insert.executeBatch();
            }
            return added;
        }

        int reports(Connection connection, List<ProblemReport> reports) throws SQLException {
            if (reports.isEmpty()
                    || exists(
                            connection,
                            "select 1 from problem_report where employee_id = any (?)" + " and idempotency_key like '"
                                    + KEY_PREFIX + "%'")) {
                return 0;
            }
            Map<Long, Long> device = devices(connection);
            int added = 0;
            for (ProblemReport report : reports) {
                ZoneId zone = employees.get(report.employeeId()).opd().zone();
                Punch attempt = report.refusedAttempt();
                Instant at = report.date().atTime(attempt.time()).atZone(zone).toInstant();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("locationId", attempt.locationId());
                details.put("distanceM", attempt.distanceM());
                details.put("accuracyM", attempt.accuracyM());
                long attemptId;
                try (PreparedStatement insert = connection.prepareStatement("insert into attendance_event (id,"
                        + " employee_id, event_type, decision, reason_code, reason_detail, server_time, work_date,"
                        + " client_time, position, accuracy_m, distance_m, location_id, device_id, client_app)"
                        + " values (nextval('attendance_event_seq'), ?, 'CHECK_IN', 'REFUSED', 'OUTSIDE_GEOFENCE', ?,"
                        + " ?, ?, ?, st_setsrid(st_makepoint(?, ?), 4326)::geography, ?, ?, ?, ?, ?) returning id")) {
                    insert.setLong(1, report.employeeId());
                    insert.setString(2, RefusalDetails.encode(details));
                    insert.setObject(3, utc(at));
                    insert.setObject(4, report.date());
                    insert.setObject(5, utc(at));
                    insert.setDouble(6, attempt.position().longitude());
                    insert.setDouble(7, attempt.position().latitude());
                    insert.setDouble(8, attempt.accuracyM());
                    insert.setDouble(9, attempt.distanceM());
                    insert.setLong(10, attempt.locationId());
                    insert.setObject(11, device.get(report.employeeId()), Types.BIGINT);
                    insert.setString(12, CLIENT);
                    try (ResultSet id = insert.executeQuery()) {
                        id.next();
                        attemptId = id.getLong(1);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into problem_report (id,"
                        + " employee_id, category, message, attempt_id, status, created_at, idempotency_key)"
                        + " values (nextval('problem_report_seq'), ?, 'LOKASI_GPS', ?, ?, 'OPEN', ?, ?)")) {
                    insert.setLong(1, report.employeeId());
                    insert.setString(2, report.message());
                    insert.setLong(3, attemptId);
                    insert.setObject(4, utc(earliest(at.plusSeconds(600), clock.instant())));
                    insert.setString(5, KEY_PREFIX + "report-" + report.date());
                    added += insert.executeUpdate();
                }
            }
            return added;
        }

        int rebinds(Connection connection, List<Rebind> rebinds) throws SQLException {
            Map<Long, Long> account = accounts(connection);
            int added = 0;
            try (PreparedStatement insert = connection.prepareStatement("insert into rebind_request (id, account_id,"
                    + " device_id, device_model, reason, status, requested_at) select nextval('rebind_request_seq'),"
                    + " ?, ?, ?, ?, 'PENDING', ? where not exists"
                    + " (select 1 from rebind_request where device_id = ?)")) {
                for (Rebind rebind : rebinds) {
                    Long accountId = account.get(rebind.employeeId());
                    if (accountId == null) {
                        continue;
                    }
                    insert.setLong(1, accountId);
                    insert.setString(2, rebind.deviceId());
                    insert.setString(3, rebind.deviceModel());
                    insert.setString(4, rebind.reason());
                    insert.setObject(5, utc(clock.instant().minusSeconds(3 * 3600)));
                    insert.setString(6, rebind.deviceId());
                    added += insert.executeUpdate();
                }
            }
            return added;
        }

        /** The phone each ASN has bound now, by employee id. */
        private Map<Long, Long> devices(Connection connection) throws SQLException {
            if (devices == null) {
                devices = pairs(
                        connection,
                        "select a.employee_id, d.id from device d join account a on a.id ="
                                + " d.account_id where d.released_at is null and a.employee_id = any (?)");
            }
            return devices;
        }

        private Map<Long, Long> accounts(Connection connection) throws SQLException {
            if (accounts == null) {
                accounts = pairs(connection, "select employee_id, id from account where employee_id = any (?)");
            }
            return accounts;
        }

        /** Who decided each ASN's leave: an admin of their OPD, else of the nearest parent, else BKPSDMD. */
        private Map<Long, String> deciders(Connection connection) throws SQLException {
            Map<Long, String> adminOf = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select a.opd_id, min(a.username) from"
                            + " account a join account_role r on r.account_id = a.id and r.role = 'ADMIN_OPD'"
                            + " group by a.opd_id");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    adminOf.put(rows.getLong(1), rows.getString(2));
                }
            }
            Map<Long, String> deciders = new HashMap<>();
            employees.forEach((id, employee) -> deciders.put(
                    id,
                    employee.opd().selfAndParentIds().stream()
                            .map(adminOf::get)
                            .filter(name -> name != null)
                            .findFirst()
                            .orElse("bkpsdmd")));
            return deciders;
        }

        private Map<Long, Long> pairs(Connection connection, String sql) throws SQLException {
            Map<Long, Long> pairs = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setArray(1, connection.createArrayOf("bigint", ids));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        pairs.put(rows.getLong(1), rows.getLong(2));
                    }
                }
            }
            return pairs;
        }

        private boolean exists(Connection connection, String sql) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setArray(1, connection.createArrayOf("bigint", ids));
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
