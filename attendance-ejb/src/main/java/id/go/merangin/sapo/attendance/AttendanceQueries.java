package id.go.merangin.sapo.attendance;

import id.go.merangin.sapo.employee.AuthenticatedAsn;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.leave.LeaveRequest;
import id.go.merangin.sapo.leave.LeaveRequestRepository;
import id.go.merangin.sapo.leave.PartDayPermits;
import id.go.merangin.sapo.recap.DailyCode;
import id.go.merangin.sapo.recap.DayCodeCalculator;
import id.go.merangin.sapo.recap.DayRules;
import id.go.merangin.sapo.recap.MonthCloseRepository;
import id.go.merangin.sapo.recap.MonthRecapView;
import id.go.merangin.sapo.recap.MonthSummary;
import id.go.merangin.sapo.recap.RecapService;
import id.go.merangin.sapo.recap.RuleBook;
import id.go.merangin.sapo.schedule.Apel;
import id.go.merangin.sapo.schedule.Apels;
import id.go.merangin.sapo.schedule.DayPlan;
import id.go.merangin.sapo.schedule.DayPlans;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What an ASN reads of their own attendance: today, and a month day by day. */
@Stateless
public class AttendanceQueries {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EmployeeRepository employees;

    @Inject
    AttendanceEventRepository events;

    @Inject
    DayPlans plans;

    @Inject
    Clock clock;

    @Inject
    RecapService recaps;

    @Inject
    MonthCloseRepository monthLocks;

    @Inject
    DayCodeCalculator calculator;

    @Inject
    RuleBook ruleBook;

    @Inject
    LeaveRequestRepository leaves;

    @Inject
    Apels apels;

    /** Today as it stands, worked out by the same rules and code as every kept day (still open until it is over). */
    public DayView today(AuthenticatedAsn asn) {
        Employee employee = employees.find(asn.employeeId()).orElseThrow();
        ZonedDateTime now = clock.instant().atZone(employee.opd().zone());
        LocalDate today = now.toLocalDate();
        Map<LocalDate, DailyCode> codes = new HashMap<>();
        calculator
                .codesOf(List.of(employee), today, today)
                .getOrDefault(employee.id(), List.of())
                .forEach(day -> codes.put(day.date(), day));
        return days(employee, today, today, now, codes, Map.of()).get(0);
    }

    /**
     * A month of one ASN: its days up to today, its recap so far (the figures the admin screens see), and whether
     * BKPSDMD has locked it (until then every figure may still change).
     */
    public record Month(List<DayView> days, MonthRecapView recap, boolean locked) {}

    /**
     * The days of {@code month} up to today, with the month's recap worked out once; a month before the ASN's
     * appointment or SAPO's first month, or after the current one, is refused ({@code MONTH_OUT_OF_RANGE}).
     */
    public Month month(AuthenticatedAsn asn, YearMonth month) {
        Employee employee = employees.find(asn.employeeId()).orElseThrow();
        recaps.period().requireCoveredFor(employee.nip(), month, recaps.currentMonth());
        MonthSummary summary = recaps.monthOf(employee, month);
        ZonedDateTime now = clock.instant().atZone(employee.opd().zone());
        LocalDate until = month.atEndOfMonth().isAfter(now.toLocalDate()) ? now.toLocalDate() : month.atEndOfMonth();
        if (until.isBefore(month.atDay(1))) {
            return new Month(List.of(), MonthRecapView.of(summary), monthLocks.isLocked(month));
        }
        Map<LocalDate, DailyCode> codes = new HashMap<>();
        summary.days().forEach(day -> codes.put(day.date(), day));
        Map<LocalDate, BigDecimal> percents = new HashMap<>();
        summary.deductions().forEach(line -> percents.merge(line.date(), line.percent(), BigDecimal::add));
        summary.days().stream()
                .filter(day -> day.closed() || !day.codes().isEmpty())
                .forEach(day -> percents.putIfAbsent(day.date(), BigDecimal.ZERO.setScale(2)));
        return new Month(
                days(employee, month.atDay(1), until, now, codes, percents),
                MonthRecapView.of(summary),
                monthLocks.isLocked(month));
    }

    /**
     * The days with their events and windows; the minutes, tiers and codes of each come from its {@link DailyCode}
     * (the one record every screen and export reads), never worked out again here: a made-up late morning is H
     * here as in the recap.
     */
    private List<DayView> days(
            Employee employee,
            LocalDate from,
            LocalDate until,
            ZonedDateTime now,
            Map<LocalDate, DailyCode> codes,
            Map<LocalDate, BigDecimal> percents) {
        ZoneId zone = employee.opd().zone();
        List<AttendanceEvent> all = events.between(employee.id(), from, until);
        List<DayView> days = new ArrayList<>();
        Map<YearMonth, DayRules> rules = new HashMap<>();
        Map<LocalDate, List<Apel>> heldOn = apels.between(employee.opd().selfAndParentIds(), from, until).stream()
                .collect(Collectors.groupingBy(Apel::date));
        Map<LocalDate, List<LeaveRequest>> approved = new HashMap<>();
        leaves.approvedBetween(employee.id(), from, until)
                .forEach(request -> request.startDate()
                        .datesUntil(request.endDate().plusDays(1))
                        .forEach(date -> approved.computeIfAbsent(date, any -> new ArrayList<>())
                                .add(request)));
        for (DayPlan plan : plans.between(employee.id(), employee.opd(), from, until)) {
            List<AttendanceEventView> views = all.stream()
                    .filter(event -> event.workDate().equals(plan.date()))
                    .map(event -> EventViews.of(
                            event,
                            plan.windows(),
                            PartDayPermits.of(approved.getOrDefault(plan.date(), List.of())),
                            zone,
                            rules.computeIfAbsent(
                                    YearMonth.from(plan.date()),
                                    month -> ruleBook.forMonth(month).day())))
                    .toList();
            Map<AttendanceEventType, DayView.WindowView> windows = new EnumMap<>(AttendanceEventType.class);
            boolean today = plan.date().equals(now.toLocalDate());
            // an apel's window first, on a holiday too (the 17 August upacara)
            heldOn.getOrDefault(plan.date(), List.of()).stream()
                    .findFirst()
                    .ifPresent(apel -> windows.put(
                            AttendanceEventType.APEL,
                            new DayView.WindowView(
                                    apel.opens().format(HH_MM),
                                    apel.closes().format(HH_MM),
                                    today && apel.open(now.toLocalTime()))));
            plan.windows()
                    .ifPresent(w -> w.all()
                            .forEach((type, window) -> windows.put(
                                    type,
                                    new DayView.WindowView(
                                            window.opens().format(HH_MM),
                                            window.closes().format(HH_MM),
                                            plan.isWorkday() && today && window.contains(now.toLocalTime())))));
            DailyCode code = codes.get(plan.date());
            boolean in = code != null && code.checkIn() != null;
            boolean out = code != null && code.checkOut() != null;
            days.add(new DayView(
                    plan.date(),
                    plan.isWorkday(),
                    plan.holiday().map(h -> h.name()).orElse(null),
                    windows,
                    views,
                    in ? code.effectiveLateMinutes() : null,
                    code == null || code.latenessTier() == null
                            ? null
                            : code.latenessTier().name(),
                    out ? code.earlyLeaveMinutes() : null,
                    code == null || code.earlyLeaveTier() == null
                            ? null
                            : code.earlyLeaveTier().name(),
                    code == null ? List.of() : code.codes(),
                    percents.get(plan.date())));
        }
        return days;
    }
}
