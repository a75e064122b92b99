package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.AttendanceEventType;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.leave.LeaveType;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.Holiday;
import id.go.merangin.sapo.schedule.HolidayRepository;
import id.go.merangin.sapo.schedule.WorkSchedule;
import id.go.merangin.sapo.schedule.WorkScheduleRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Works out the daily codes of many ASN at once, from a few queries per OPD whatever its size: the OPD's shared
 * schedules and holidays once, then the personal schedules, accepted CHECK_IN/CHECK_OUT and approved requests of
 * up to {@value #CHUNK} ASN per query. The one place that gathers a day's facts for {@link DayRules}; days after
 * today are not worked out, and today stays open until it is over (in the OPD's zone).
 */
@Stateless
public class DayCodeCalculator {

    static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    HolidayRepository holidays;

    @Inject
    Clock clock;

    /** Each ASN's codes from {@code from} to {@code until} (not past today), by employee id, dates in order. */
    public Map<Long, List<DailyCode>> codesOf(Collection<Employee> employees, LocalDate from, LocalDate until) {
        Map<Long, List<Employee>> byOpd = new LinkedHashMap<>();
        employees.forEach(employee -> byOpd.computeIfAbsent(employee.opd().id(), id -> new ArrayList<>())
                .add(employee));
        Map<Long, List<DailyCode>> codes = new HashMap<>();
        byOpd.values().forEach(staff -> codes.putAll(codesInOpd(staff.get(0).opd(), staff, from, until)));
        return codes;
    }

    private Map<Long, List<DailyCode>> codesInOpd(Opd opd, List<Employee> staff, LocalDate from, LocalDate until) {
        ZoneId zone = opd.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate last = until.isAfter(today) ? today : until;
        Map<Long, List<DailyCode>> codes = new HashMap<>();
        if (last.isBefore(from)) {
            staff.forEach(employee -> codes.put(employee.id(), List.of()));
            return codes;
        }
        List<Long> opdChain = opd.selfAndParentIds();
        List<WorkSchedule> shared = schedules.sharedBetween(opdChain, from, last);
        List<Holiday> dayOff = holidays.applyingBetween(opdChain, from, last);
        for (int start = 0; start < staff.size(); start += CHUNK) {
            List<Employee> chunk = staff.subList(start, Math.min(staff.size(), start + CHUNK));
            List<Long> ids = chunk.stream().map(Employee::id).toList();
            Map<Long, List<WorkSchedule>> personal = new HashMap<>();
            schedules.personalBetween(ids, from, last).forEach(schedule -> personal.computeIfAbsent(
                    schedule.employee().orElseThrow().id(), id -> new ArrayList<>()).add(schedule));
            Map<Long, List<Object[]>> attendance = byEmployee(accepted(ids, from, last));
            Map<Long, List<Object[]>> leave = byEmployee(approved(ids, from, last));
            for (Employee employee : chunk) {
                List<WorkSchedule> candidates = Stream.concat(shared.stream(),
                        personal.getOrDefault(employee.id(), List.of()).stream()).toList();
                List<DailyCode> days = new ArrayList<>();
                for (DayPlan plan : DayPlan.span(candidates, dayOff, opdChain, from, last)) {
                    days.add(DayRules.DEFAULT.codeOf(facts(plan, attendance.getOrDefault(employee.id(), List.of()),
                            leave.getOrDefault(employee.id(), List.of()), zone, today)));
                }
                codes.put(employee.id(), days);
            }
        }
        return codes;
    }

    /** Rows of employee id, work date, type, server time, manual: the accepted CHECK_IN and CHECK_OUT, in time order. */
    private List<Object[]> accepted(List<Long> ids, LocalDate from, LocalDate until) {
        return em.createQuery("select e.employee.id, e.workDate, e.type, e.serverTime, e.manual"
                        + " from AttendanceEvent e where e.employee.id in :ids and e.workDate between :from and :until"
                        + " and e.decision = id.go.merangin.sapo.attendance.Decision.ACCEPTED"
                        + " and e.type in (id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_IN,"
                        + " id.go.merangin.sapo.attendance.AttendanceEventType.CHECK_OUT)"
                        + " order by e.serverTime", Object[].class)
                .setParameter("ids", ids).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    /** Rows of employee id, leave type, first day, last day: the approved requests touching the dates. */
    private List<Object[]> approved(List<Long> ids, LocalDate from, LocalDate until) {
        return em.createQuery("select r.employee.id, r.type, r.startDate, r.endDate from LeaveRequest r"
                        + " where r.employee.id in :ids and r.state = id.go.merangin.sapo.leave.LeaveState.APPROVED"
                        + " and r.startDate <= :until and r.endDate >= :from order by r.startDate", Object[].class)
                .setParameter("ids", ids).setParameter("from", from).setParameter("until", until)
                .getResultList();
    }

    private static Map<Long, List<Object[]>> byEmployee(List<Object[]> rows) {
        Map<Long, List<Object[]>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row));
        return grouped;
    }

    private static DayFacts facts(DayPlan plan, List<Object[]> attendance, List<Object[]> leave, ZoneId zone,
            LocalDate today) {
        LocalDate date = plan.date();
        DayFacts facts = DayFacts.on(date, plan.windows().map(windows -> windows.schedule()).orElse(null));
        if (plan.holiday().isPresent()) {
            facts = facts.withHoliday(plan.holiday().get().type(), plan.holiday().get().name());
        }
        for (Object[] request : leave) {
            if (!date.isBefore((LocalDate) request[2]) && !date.isAfter((LocalDate) request[3])) {
                facts = facts.withLeave((LeaveType) request[1]);
                break;
            }
        }
        for (Object[] event : attendance) {
            if (!date.equals(event[1])) {
                continue;
            }
            var time = ((Instant) event[3]).atZone(zone).toLocalTime();
            boolean manual = (Boolean) event[4];
            if (event[2] == AttendanceEventType.CHECK_IN) {
                facts = manual ? facts.withManualCheckIn(time) : facts.withCheckIn(time);
            } else {
                facts = manual ? facts.withManualCheckOut(time) : facts.withCheckOut(time);
            }
        }
        return date.isBefore(today) ? facts : facts.stillOpen();
    }
}
