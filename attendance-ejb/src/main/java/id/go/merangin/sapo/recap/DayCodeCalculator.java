package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.attendance.AttendanceEventRepository;
import id.go.merangin.sapo.attendance.AttendanceEventType;
import id.go.merangin.sapo.attendance.AttendanceMark;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.Employment;
import id.go.merangin.sapo.employee.OpdPostings;
import id.go.merangin.sapo.employee.Postings;
import id.go.merangin.sapo.leave.ApprovedLeave;
import id.go.merangin.sapo.leave.LeaveRequestRepository;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.schedule.Apel;
import id.go.merangin.sapo.schedule.Apels;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.Holiday;
import id.go.merangin.sapo.schedule.HolidayRepository;
import id.go.merangin.sapo.schedule.WorkSchedule;
import id.go.merangin.sapo.schedule.WorkScheduleRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Works out the daily codes of many ASN at once, from a few queries per OPD whatever its size: the OPD's shared
 * schedules and holidays once, then the personal schedules, accepted CHECK_IN/CHECK_OUT and approved requests of
 * up to {@value #CHUNK} ASN per query. The one place that gathers a day's facts for the {@link RuleSet} of its
 * month ({@link RuleBook}); days after
 * today are not worked out, and today stays open until it is over (in the OPD's zone). Only the days an ASN worked
 * for the regency ({@link Employment}) are worked out: none before the appointment, none after the end; and each
 * with the schedule and holidays of the OPD the ASN belonged to that day ({@link Postings}).
 */
@Stateless
public class DayCodeCalculator {

    static final int CHUNK = 500;

    @Inject
    AttendanceEventRepository events;

    @Inject
    LeaveRequestRepository requests;

    @Inject
    WorkScheduleRepository schedules;

    @Inject
    HolidayRepository holidays;

    @Inject
    RuleBook ruleBook;

    @Inject
    OpdPostings postings;

    @Inject
    Apels apels;

    @Inject
    Clock clock;

    /** Each ASN's codes from {@code from} to {@code until} (not past today), by employee id, dates in order. */
    public Map<Long, List<DailyCode>> codesOf(Collection<Employee> employees, LocalDate from, LocalDate until) {
        // each stretch of days is worked out with the OPD the ASN belonged to then (a transfer has a date)
        Map<Long, Opd> units = new LinkedHashMap<>();
        Map<Long, List<Stretch>> byOpd = new LinkedHashMap<>();
        Map<Long, Employee> byId = new HashMap<>();
        employees.forEach(employee -> byId.put(employee.id(), employee));
        postings.of(employees, from).forEach((id, posted) -> {
            Employee employee = byId.get(id);
            for (Postings.Span<Opd> span : posted.within(from, until)) {
                units.putIfAbsent(span.opd().id(), span.opd());
                byOpd.computeIfAbsent(span.opd().id(), any -> new ArrayList<>())
                        .add(new Stretch(employee, span.first(), span.last()));
            }
        });
        Map<Long, List<DailyCode>> codes = new HashMap<>();
        employees.forEach(employee -> codes.put(employee.id(), new ArrayList<>()));
        byOpd.forEach((opdId, stretches) -> codesInOpd(units.get(opdId), stretches)
                .forEach((id, days) -> codes.get(id).addAll(days)));
        codes.values().forEach(days -> days.sort(Comparator.comparing(DailyCode::date)));
        return codes;
    }

    /** Days of one ASN in one OPD. */
    private record Stretch(Employee employee, LocalDate from, LocalDate until) {}

    private Map<Long, List<DailyCode>> codesInOpd(Opd opd, List<Stretch> stretches) {
        ZoneId zone = opd.zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate from =
                stretches.stream().map(Stretch::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate until =
                stretches.stream().map(Stretch::until).max(LocalDate::compareTo).orElseThrow();
        LocalDate last = until.isAfter(today) ? today : until;
        Map<Long, List<DailyCode>> codes = new HashMap<>();
        if (last.isBefore(from)) {
            return codes;
        }
        List<Long> opdChain = opd.selfAndParentIds();
        Map<YearMonth, RuleSet> rules = new HashMap<>();
        List<WorkSchedule> shared = schedules.sharedBetween(opdChain, from, last);
        List<Holiday> dayOff = holidays.applyingBetween(opdChain, from, last);
        Set<LocalDate> apelDays = apels.between(opdChain, from, last).stream()
                .filter(Apel::compulsory)
                .map(Apel::date)
                .collect(Collectors.toSet());
        for (int start = 0; start < stretches.size(); start += CHUNK) {
            List<Stretch> chunk = stretches.subList(start, Math.min(stretches.size(), start + CHUNK));
            List<Long> ids = chunk.stream()
                    .map(stretch -> stretch.employee().id())
                    .distinct()
                    .toList();
            Map<Long, List<WorkSchedule>> personal = new HashMap<>();
            schedules
                    .personalBetween(ids, from, last)
                    .forEach(schedule -> personal.computeIfAbsent(
                                    schedule.employee().orElseThrow().id(), id -> new ArrayList<>())
                            .add(schedule));
            Map<Long, List<AttendanceMark>> attendance = events.acceptedMarks(ids, from, last).stream()
                    .collect(Collectors.groupingBy(AttendanceMark::employeeId));
            Map<Long, List<ApprovedLeave>> leave = requests.approvedLeaves(ids, from, last).stream()
                    .collect(Collectors.groupingBy(ApprovedLeave::employeeId));
            for (Stretch stretch : chunk) {
                Employee employee = stretch.employee();
                List<WorkSchedule> candidates = Stream.concat(
                                shared.stream(), personal.getOrDefault(employee.id(), List.of()).stream())
                        .toList();
                List<DailyCode> days = codes.computeIfAbsent(employee.id(), id -> new ArrayList<>());
                LocalDate stretchEnd = stretch.until().isAfter(last) ? last : stretch.until();
                // only the days the ASN worked for the regency: none before the appointment or after the end
                Optional<Employment.Span> employed = employee.employment().within(stretch.from(), stretchEnd);
                if (employed.isEmpty()) {
                    continue;
                }
                for (DayPlan plan : DayPlan.span(
                        candidates,
                        dayOff,
                        opdChain,
                        employed.get().first(),
                        employed.get().last())) {
                    days.add(rules.computeIfAbsent(YearMonth.from(plan.date()), ruleBook::forMonth)
                            .codeOf(facts(
                                    plan,
                                    attendance.getOrDefault(employee.id(), List.of()),
                                    leave.getOrDefault(employee.id(), List.of()),
                                    apelDays.contains(plan.date()),
                                    zone,
                                    today)));
                }
            }
        }
        return codes;
    }

    private static DayFacts facts(
            DayPlan plan,
            List<AttendanceMark> attendance,
            List<ApprovedLeave> leave,
            boolean apelDay,
            ZoneId zone,
            LocalDate today) {
        LocalDate date = plan.date();
        DayFacts facts = DayFacts.on(
                date, plan.windows().map(windows -> windows.schedule()).orElse(null));
        if (plan.holiday().isPresent()) {
            facts = facts.withHoliday(
                    plan.holiday().get().type(), plan.holiday().get().name());
        }
        for (ApprovedLeave excuse : leave) {
            if (excuse.covers(date)) {
                facts = excuse.type().partDay()
                        ? facts.withPermit(excuse.type(), excuse.permitTime())
                        : facts.leave() == null ? facts.withLeave(excuse.type()) : facts;
            }
        }
        if (apelDay) {
            facts = facts.withCompulsoryApel(attendance.stream()
                    .anyMatch(event -> date.equals(event.workDate()) && event.type() == AttendanceEventType.APEL));
        }
        for (AttendanceMark event : attendance) {
            if (!date.equals(event.workDate()) || event.type() == AttendanceEventType.APEL) {
                continue;
            }
            LocalTime time = event.serverTime().atZone(zone).toLocalTime();
            if (event.type() == AttendanceEventType.CHECK_IN) {
                facts = event.manual() ? facts.withManualCheckIn(time) : facts.withCheckIn(time);
            } else {
                facts = event.manual() ? facts.withManualCheckOut(time) : facts.withCheckOut(time);
            }
        }
        return date.isBefore(today) ? facts : facts.stillOpen();
    }
}
