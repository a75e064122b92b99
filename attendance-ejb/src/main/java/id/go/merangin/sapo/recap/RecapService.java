package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.OpdPostings;
import id.go.merangin.sapo.employee.Postings;
import id.go.merangin.sapo.organization.Opd;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ASN's months: each day's code as {@link DayCodeCalculator} works it out, kept ({@link DailyCodeRepository}) once the
 * day is over, priced by the {@link RuleSet} version of the month ({@link RuleBook}). A month is read
 * from the kept days; days not kept yet are worked out (and kept, unless the month is locked) and today is worked
 * out live, so the recap, the exports and the phone show the same codes whether or not the nightly run has been.
 */
@Stateless
public class RecapService {

    @Inject
    DayCodeCalculator calculator;

    @Inject
    DailyCodeRepository store;

    @Inject
    EmployeeRepository employees;

    @Inject
    MonthCloseRepository locks;

    @Inject
    RuleBook ruleBook;

    @Inject
    OpdPostings postings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sapo.recap.first-month", defaultValue = "2026-01")
    String firstMonth;

    /** The months recaps are kept of (from {@code sapo.recap.first-month} to the current month). */
    public RecapPeriod period() {
        return new RecapPeriod(YearMonth.parse(firstMonth));
    }

    /** The current month, in the regency's zone. */
    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(Opd.DEFAULT_ZONE));
    }

    /** The last month of {@code year} so far: December, or the current month while the year lasts. */
    public YearMonth lastMonthSoFar(Year year) {
        YearMonth current = currentMonth();
        return year.atMonth(12).isAfter(current) ? current : year.atMonth(12);
    }

    /** The month of one ASN as far as it has gone, with the rules that price it. */
    public MonthSummary monthOf(Employee employee, YearMonth month) {
        return monthOf(employee, month, rulesFor(month));
    }

    /** The same, priced by {@code rules} already chosen for the month. */
    public MonthSummary monthOf(Employee employee, YearMonth month, RuleSet rules) {
        return monthsOf(List.of(employee), month, rules).get(employee.id());
    }

    /**
     * The months of many ASN at once (a page of the recap, an OPD's export), by employee id; a month outside
     * {@link #period()} is refused ({@code MONTH_OUT_OF_RANGE}) before anything is worked out or kept.
     */
    public Map<Long, MonthSummary> monthsOf(List<Employee> employees, YearMonth month, RuleSet rules) {
        period().requireCovered(month, currentMonth());
        Map<Long, MonthSummary> months = new HashMap<>();
        daysOf(employees, month).forEach((id, days) -> months.put(id, MonthSummary.of(month, days, rules)));
        return months;
    }

    /**
     * The months of ASN of {@code opd}, each with only the days they belonged to it (a transfer has a date: the
     * days before it stay the old OPD's line, the days after make the new OPD's).
     */
    public Map<Long, MonthSummary> monthsIn(Opd opd, List<Employee> employees, YearMonth month, RuleSet rules) {
        period().requireCovered(month, currentMonth());
        Map<Long, Postings<Opd>> posted = postings.of(employees, month.atDay(1));
        Map<Long, MonthSummary> months = new HashMap<>();
        daysOf(employees, month)
                .forEach((id, days) -> months.put(
                        id,
                        MonthSummary.of(
                                month,
                                days.stream()
                                        .filter(day -> posted.get(id)
                                                .opdOn(day.date())
                                                .id()
                                                .equals(opd.id()))
                                        .toList(),
                                rules)));
        return months;
    }

    /**
     * The rules that price {@code month}: for a locked month the version it was locked with, whatever BKPSDMD added
     * since; otherwise the version in force on the month's first day (BKPSDMD's latest before it, or the defaults).
     */
    public RuleSet rulesFor(YearMonth month) {
        return ruleBook.forMonth(month);
    }

    /**
     * Works out again, and keeps, the days from {@code from} to {@code until} of the ASN that are over and not in
     * a locked month: after an approval, a manual attendance or an event that arrives for a past day.
     */
    public void recompute(Employee employee, LocalDate from, LocalDate until) {
        recompute(List.of(employee), from, until);
    }

    /**
     * After the ASN's employment dates changed: forgets what was kept of their days from {@code from} on, outside
     * the locked months, and works out again those that are over, so that no day outside their employment stays
     * kept and every day inside it is.
     */
    public void reworkFrom(Employee employee, LocalDate changedFrom) {
        // nothing before the first month SAPO recaps is kept
        LocalDate first = period().first().atDay(1);
        LocalDate from = changedFrom.isBefore(first) ? first : changedFrom;
        store.forgetFrom(employee.id(), from);
        LocalDate yesterday =
                clock.instant().atZone(employee.opd().zone()).toLocalDate().minusDays(1);
        if (!yesterday.isBefore(from)) {
            recompute(employee, from, yesterday);
        }
    }

    /** The same for many ASN; returns the days kept. */
    public int recompute(List<Employee> employees, LocalDate from, LocalDate until) {
        Set<YearMonth> locked = locks.lockedBetween(from, until);
        Map<Long, List<DailyCode>> codes = calculator.codesOf(employees, from, until);
        if (!locked.isEmpty()) {
            codes.replaceAll((id, days) -> days.stream()
                    .filter(day -> !locked.contains(YearMonth.from(day.date())))
                    .toList());
        }
        return keep(codes);
    }

    /**
     * Works out and keeps the month of every ASN of one OPD who worked in it, in a transaction of its own so that a
     * run over the whole regency keeps what it has done; returns the days kept (none for a locked month).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int recomputeOpd(long opdId, YearMonth month) {
        List<Employee> staff = employees.employedIn(opdId, month.atDay(1), month.atEndOfMonth());
        return staff.isEmpty() ? 0 : recompute(staff, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Works out and keeps the days of {@code month} that are over but not kept yet, for every active ASN (a month
     * nobody has read since, say); nothing for a locked month. Returns the days kept.
     */
    public int keepMissing(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate lastClosed = min(
                month.atEndOfMonth(),
                clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate().minusDays(1));
        if (lastClosed.isBefore(first) || locks.isLocked(month)) {
            return 0;
        }
        // the ASN with fewer days kept than they worked in the range (their employment clipped to it)
        List<Long> missing = store.employeesMissingDays(first, lastClosed);
        int kept = 0;
        for (int start = 0; start < missing.size(); start += 1000) {
            List<Employee> staff = employees.findByIds(missing.subList(start, Math.min(missing.size(), start + 1000)));
            kept += recompute(staff, first, lastClosed);
        }
        return kept;
    }

    private Map<Long, List<DailyCode>> daysOf(List<Employee> employees, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<Long, LocalDate> lastClosed = new HashMap<>();
        employees.forEach(employee -> lastClosed.put(
                employee.id(),
                min(
                        last,
                        clock.instant()
                                .atZone(employee.opd().zone())
                                .toLocalDate()
                                .minusDays(1))));
        LocalDate latestClosed =
                lastClosed.values().stream().max(LocalDate::compareTo).orElse(last);
        Map<Long, List<DailyCode>> kept = store.load(lastClosed.keySet(), first, latestClosed);
        Map<Long, List<DailyCode>> days = new HashMap<>();
        List<Employee> missing = new ArrayList<>();
        List<Employee> open = new ArrayList<>();
        for (Employee employee : employees) {
            LocalDate closedUntil = lastClosed.get(employee.id());
            List<DailyCode> keptDays = kept.getOrDefault(employee.id(), List.of()).stream()
                    .filter(day -> !day.date().isAfter(closedUntil))
                    .toList();
            long expected = closedUntil.isBefore(first) ? 0 : closedUntil.toEpochDay() - first.toEpochDay() + 1;
            if (keptDays.size() < expected) {
                missing.add(employee);
            } else {
                days.put(employee.id(), new ArrayList<>(keptDays));
                if (closedUntil.isBefore(last)) {
                    open.add(employee);
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, List<DailyCode>> worked = calculator.codesOf(missing, first, last);
            if (!locks.isLocked(month)) {
                keep(worked);
            }
            days.putAll(worked);
        }
        if (!open.isEmpty()) {
            LocalDate earliestOpen = open.stream()
                    .map(employee -> lastClosed.get(employee.id()).plusDays(1))
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            Map<Long, List<DailyCode>> live = calculator.codesOf(open, max(first, earliestOpen), last);
            live.forEach((id, liveDays) -> {
                Set<LocalDate> known =
                        days.get(id).stream().map(DailyCode::date).collect(Collectors.toSet());
                liveDays.stream().filter(day -> !known.contains(day.date())).forEach(days.get(id)::add);
            });
        }
        return days;
    }

    /** Keeps the closed days of {@code codes}, each naming the version of the rules of its month. */
    private int keep(Map<Long, List<DailyCode>> codes) {
        return store.keep(codes, month -> ruleBook.forMonth(month).version());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
