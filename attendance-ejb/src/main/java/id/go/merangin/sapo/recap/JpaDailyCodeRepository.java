package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.EarlyLeaveTier;
import id.go.merangin.sapo.attendance.LatenessTier;
import id.go.merangin.sapo.employee.Employed;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.schedule.HolidayType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * {@link DailyCodeRepository} on the table {@code daily_code}, written and read a whole batch per statement
 * (PostgreSQL arrays), as the nightly run writes every ASN's month at once.
 */
@ApplicationScoped
public class JpaDailyCodeRepository implements DailyCodeRepository {

    private static final String UPSERT = "insert into daily_code (employee_id, work_date, kind, check_in,"
            + " check_in_manual, check_out, check_out_manual, lateness_tier, late_minutes, effective_late_minutes,"
            + " early_leave_tier, early_leave_minutes, ladder_minutes, leave_type, holiday_type, holiday_name,"
            + " rules_version, missed_apel, computed_at)"
            + " select d.employee_id, d.work_date::date, d.kind, d.check_in::time, d.check_in_manual,"
            + " d.check_out::time, d.check_out_manual, d.lateness_tier, d.late_minutes, d.effective_late_minutes,"
            + " d.early_leave_tier, d.early_leave_minutes, d.ladder_minutes, d.leave_type, d.holiday_type,"
            + " d.holiday_name, d.rules_version, d.missed_apel, ?"
            + " from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) as d(employee_id, work_date, kind,"
            + " check_in, check_in_manual, check_out, check_out_manual, lateness_tier, late_minutes,"
            + " effective_late_minutes, early_leave_tier, early_leave_minutes, ladder_minutes, leave_type,"
            + " holiday_type, holiday_name, rules_version, missed_apel)"
            + " on conflict (employee_id, work_date) do update set kind = excluded.kind,"
            + " check_in = excluded.check_in, check_in_manual = excluded.check_in_manual,"
            + " check_out = excluded.check_out, check_out_manual = excluded.check_out_manual,"
            + " lateness_tier = excluded.lateness_tier, late_minutes = excluded.late_minutes,"
            + " effective_late_minutes = excluded.effective_late_minutes,"
            + " early_leave_tier = excluded.early_leave_tier, early_leave_minutes = excluded.early_leave_minutes,"
            + " ladder_minutes = excluded.ladder_minutes,"
            + " leave_type = excluded.leave_type, holiday_type = excluded.holiday_type,"
            + " holiday_name = excluded.holiday_name, rules_version = excluded.rules_version,"
            + " missed_apel = excluded.missed_apel,"
            + " computed_at = excluded.computed_at";

    private static final String SELECT = "select employee_id, work_date, kind, check_in, check_in_manual,"
            + " check_out, check_out_manual, lateness_tier, late_minutes, effective_late_minutes, early_leave_tier,"
            + " early_leave_minutes, leave_type, holiday_type, holiday_name, ladder_minutes, missed_apel"
            + " from daily_code"
            + " where employee_id = any (?) and work_date between ? and ? order by employee_id, work_date";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public int keep(Map<Long, List<DailyCode>> codes, Function<YearMonth, String> rulesVersion) {
        List<Long> employees = new ArrayList<>();
        List<DailyCode> days = new ArrayList<>();
        codes.forEach(
                (employeeId, list) -> list.stream().filter(DailyCode::closed).forEach(day -> {
                    employees.add(employeeId);
                    days.add(day);
                }));
        if (days.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        // the version each day was worked out with, asked once a month
        Map<YearMonth, String> versions = new HashMap<>();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setTimestamp(1, now);
                upsert.setArray(2, connection.createArrayOf("bigint", employees.toArray(Long[]::new)));
                upsert.setArray(3, text(connection, days, day -> day.date().toString()));
                upsert.setArray(4, text(connection, days, day -> day.kind().name()));
                upsert.setArray(5, text(connection, days, day -> Objects.toString(day.checkIn(), null)));
                upsert.setArray(6, bool(connection, days, DailyCode::checkInManual));
                upsert.setArray(7, text(connection, days, day -> Objects.toString(day.checkOut(), null)));
                upsert.setArray(8, bool(connection, days, DailyCode::checkOutManual));
                upsert.setArray(9, text(connection, days, day -> name(day.latenessTier())));
                upsert.setArray(10, integers(connection, days, DailyCode::lateMinutes));
                upsert.setArray(11, integers(connection, days, DailyCode::effectiveLateMinutes));
                upsert.setArray(12, text(connection, days, day -> name(day.earlyLeaveTier())));
                upsert.setArray(13, integers(connection, days, DailyCode::earlyLeaveMinutes));
                upsert.setArray(14, integers(connection, days, DailyCode::ladderMinutes));
                upsert.setArray(15, text(connection, days, day -> name(day.leaveType())));
                upsert.setArray(
                        16,
                        text(
                                connection,
                                days,
                                day -> day.holiday() == null
                                        ? null
                                        : day.holiday().type().name()));
                upsert.setArray(
                        17,
                        text(
                                connection,
                                days,
                                day -> day.holiday() == null
                                        ? null
                                        : day.holiday().name()));
                upsert.setArray(
                        18,
                        text(
                                connection,
                                days,
                                day -> versions.computeIfAbsent(YearMonth.from(day.date()), rulesVersion)));
                upsert.setArray(19, bool(connection, days, DailyCode::missedApel));
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, List<DailyCode>> load(Collection<Long> employeeIds, LocalDate from, LocalDate until) {
        Map<Long, List<DailyCode>> codes = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return codes;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setArray(1, connection.createArrayOf("bigint", employeeIds.toArray(Long[]::new)));
                select.setObject(2, from);
                select.setObject(3, until);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        codes.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                                .add(dayOf(rows));
                    }
                }
            }
        });
        return codes;
    }

    @Override
    public int forget(Long opdId, LocalDate from, LocalDate until) {
        String units = "(with recursive unit (id) as (select id from opd where id = ?3"
                + " union all select o.id from opd o join unit on o.parent_id = unit.id) select id from unit)";
        String sql = "delete from daily_code d where d.work_date between ?1 and ?2"
                + " and" + JpaMonthCloseRepository.inOpenMonth("d.work_date")
                + (opdId == null
                        ? ""
                        : " and (d.employee_id in (select e.id from employee e where e.opd_id in "
                                + units
                                + ") or d.employee_id in (select p.employee_id from past_posting p where p.opd_id in "
                                + units + "))");
        var delete = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, until);
        if (opdId != null) {
            delete.setParameter(3, opdId);
        }
        return delete.executeUpdate();
    }

    @Override
    public int forgetFrom(long employeeId, LocalDate from) {
        return em.createNativeQuery("delete from daily_code d where d.employee_id = ?1 and d.work_date >= ?2" + " and"
                        + JpaMonthCloseRepository.inOpenMonth("d.work_date"))
                .setParameter(1, employeeId)
                .setParameter(2, from)
                .executeUpdate();
    }

    @Override
    public List<Long> employeesMissingDays(LocalDate from, LocalDate until) {
        Stream<?> ids = em.createNativeQuery("select e.id from employee e where" + Employed.sql("e", "?1", "?2")
                        + " and (select count(*) from daily_code d where d.employee_id = e.id"
                        + " and d.work_date between ?1 and ?2)"
                        + " < least(coalesce(e.end_date, ?2), ?2) - greatest(e.appointment_date, ?1) + 1")
                .setParameter(1, from)
                .setParameter(2, until)
                .getResultStream();
        return ids.map(id -> ((Number) id).longValue()).toList();
    }

    private static DailyCode dayOf(ResultSet row) throws SQLException {
        LocalTime checkIn = time(row.getTime(4));
        LocalTime checkOut = time(row.getTime(6));
        int late = row.getInt(9);
        int effective = row.getInt(10);
        String latenessTier = row.getString(8);
        String earlyTier = row.getString(11);
        String leave = row.getString(13);
        String holidayType = row.getString(14);
        return new DailyCode(
                row.getObject(2, LocalDate.class),
                DayKind.valueOf(row.getString(3)),
                checkIn,
                row.getBoolean(5),
                checkOut,
                row.getBoolean(7),
                latenessTier == null ? null : LatenessTier.valueOf(latenessTier),
                late,
                effective,
                late > 0 && effective == 0,
                earlyTier == null ? null : EarlyLeaveTier.valueOf(earlyTier),
                row.getInt(12),
                row.getInt(16),
                leave == null ? null : LeaveType.valueOf(leave),
                holidayType == null ? null : new DayHoliday(HolidayType.valueOf(holidayType), row.getString(15)),
                true,
                row.getBoolean(17));
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static java.sql.Array text(Connection connection, List<DailyCode> days, Function<DailyCode, String> value)
            throws SQLException {
        return connection.createArrayOf("text", days.stream().map(value).toArray(String[]::new));
    }

    private static java.sql.Array bool(Connection connection, List<DailyCode> days, Function<DailyCode, Boolean> value)
            throws SQLException {
        return connection.createArrayOf("boolean", days.stream().map(value).toArray(Boolean[]::new));
    }

    private static java.sql.Array integers(
            Connection connection, List<DailyCode> days, Function<DailyCode, Integer> value) throws SQLException {
        return connection.createArrayOf("integer", days.stream().map(value).toArray(Integer[]::new));
    }
}
