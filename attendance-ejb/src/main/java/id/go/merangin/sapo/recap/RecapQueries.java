package id.go.merangin.sapo.recap;

import id.go.merangin.sapo.employee.Employed;
import id.go.merangin.sapo.employee.Employee;
import id.go.merangin.sapo.employee.EmployeeRepository;
import id.go.merangin.sapo.employee.Officer;
import id.go.merangin.sapo.employee.OfficerScope;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.organization.Regency;
import id.go.merangin.sapo.platform.Paging;
import id.go.merangin.sapo.shared.NotFoundException;
import id.go.merangin.sapo.shared.ProblemCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly recap for the screens and the exports: an OPD's one page of ASN at a time, one ASN's month traced to
 * its days, the whole form of one OPD or of every OPD in reach, and where the month's close stands. Anyone who may
 * see an OPD may read its recap.
 */
@Stateless
public class RecapQueries {

    /** Who verified an OPD's month (null: nobody yet), whether the month is locked, and whether the officer may verify it. */
    public record CloseStatus(String verifiedBy, boolean locked, boolean verifiable) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerScope scope;

    @Inject
    OpdRepository opds;

    @Inject
    EmployeeRepository employees;

    @Inject
    RecapService recaps;

    @Inject
    MonthClose close;

    @Inject
    Clock clock;

    @Inject
    Regency regency;

    public List<RecapRow> page(long opdId, YearMonth month, int first, int size) {
        Opd opd = seen(opdId);
        TypedQuery<Employee> query = em.createQuery(
                        "select e from Employee e join fetch e.opd where" + POSTED_IN_MONTH + EMPLOYED_IN_MONTH
                                + " order by e.name, e.nip",
                        Employee.class)
                .setParameter("opd", opd);
        employedIn(query, month);
        List<Employee> staff = Paging.page(query, first, size).getResultList();
        Map<Long, MonthSummary> months = recaps.monthsIn(opd, staff, month, recaps.rulesFor(month));
        return staff.stream()
                .map(employee -> new RecapRow(
                        employee.id(),
                        employee.nip().value(),
                        employee.name(),
                        MonthRecapView.of(months.get(employee.id()))))
                .toList();
    }

    /** How many ASN of the OPD worked in {@code month}: the rows of its recap. */
    public long count(long opdId, YearMonth month) {
        TypedQuery<Long> query = em.createQuery(
                        "select count(e) from Employee e where" + POSTED_IN_MONTH + EMPLOYED_IN_MONTH, Long.class)
                .setParameter("opd", seen(opdId));
        return employedIn(query, month).getSingleResult();
    }

    /**
     * The ASN who belonged to {@code :opd} on at least one day of the month: now (no posting of theirs ended on or
     * after the month's last day), or in a past posting that ended in or after the month and began before its end.
     */
    private static final String POSTED_IN_MONTH = " ((e.opd = :opd and not exists (select p from PastPosting p"
            + " where p.employee = e and p.untilDate >= :monthEnd)) or exists (select p from PastPosting p"
            + " where p.employee = e and p.opd = :opd and p.untilDate >= :monthStart and not exists"
            + " (select q from PastPosting q where q.employee = e and q.untilDate < p.untilDate"
            + " and q.untilDate >= :monthEnd)))";

    /**
     * The ASN of a month's recap: active, and working for the regency on at least one day of the month (appointed
     * by its end, not gone before its start), so a retired ASN stays in the months they worked.
     */
    private static final String EMPLOYED_IN_MONTH = " and" + Employed.jpql("e", ":monthStart", ":monthEnd");

    private static <T> TypedQuery<T> employedIn(TypedQuery<T> query, YearMonth month) {
        return query.setParameter("monthStart", month.atDay(1)).setParameter("monthEnd", month.atEndOfMonth());
    }

    public CloseStatus status(long opdId, YearMonth month) {
        Opd opd = seen(opdId);
        Map<Long, String> verified = close.verifiedOpds(month, List.of(opd.id()));
        return new CloseStatus(verified.get(opd.id()), close.isLocked(month), close.canVerify(opd, month));
    }

    /**
     * One ASN's month in one OPD's recap, traced to its days and rules: the days they belonged to that OPD, as the
     * OPD's line counts them; for whoever may see the OPD.
     */
    public RecapDetail detail(long employeeId, long opdId, YearMonth month) {
        Opd opd = seen(opdId);
        Employee employee = employee(employeeId);
        MonthSummary summary = recaps.monthsIn(opd, List.of(employee), month, recaps.rulesFor(month))
                .get(employee.id());
        return new RecapDetail(employee.id(), employee.nip().value(), employee.name(), opd.name(), summary);
    }

    /** One ASN's whole month (in every OPD they belonged to), traced to its days and rules, for who sees the ASN. */
    public RecapDetail detail(long employeeId, YearMonth month) {
        Employee employee = employee(employeeId);
        scope.current().requireSee(employee.opd());
        return new RecapDetail(
                employee.id(),
                employee.nip().value(),
                employee.name(),
                employee.opd().name(),
                recaps.monthOf(employee, month));
    }

    /** The months a recap can be read of: from the first configured month to the current one. */
    public RecapPeriod period() {
        return recaps.period();
    }

    public YearMonth currentMonth() {
        return recaps.currentMonth();
    }

    /**
     * How many days of {@code year} so far showed each code for one ASN in reach (as {@link MonthSummary#codeCounts}),
     * summed from the recap's own months, so that a day counted here is the day the recap counts.
     */
    public Map<String, Integer> codesOfYear(long employeeId, Year year) {
        Employee employee = employee(employeeId);
        scope.current().requireSee(employee.opd());
        Map<String, Integer> counts = new LinkedHashMap<>();
        DailyCode.allCodes().forEach(code -> counts.put(code, 0));
        YearMonth first = year.atMonth(1).isBefore(period().first()) ? period().first() : year.atMonth(1);
        YearMonth last = year.atMonth(12).isAfter(currentMonth()) ? currentMonth() : year.atMonth(12);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            recaps.monthOf(employee, month)
                    .codeCounts()
                    .forEach((code, days) -> counts.merge(code, days, Integer::sum));
        }
        return counts;
    }

    /**
     * The month's recap as BKPSDMD's form prints it: of one OPD ({@code opdId}), or of every OPD in the caller's
     * reach that has ASN who worked that month ({@code null}), one section per OPD by code.
     */
    public RecapReport report(Long opdId, YearMonth month) {
        Officer officer = scope.current();
        List<Opd> units = opdId == null
                ? opds.findAll().stream()
                        .filter(officer::canSee)
                        .sorted(Comparator.comparing(Opd::code))
                        .toList()
                : List.of(seen(opdId));
        RuleSet rules = recaps.rulesFor(month);
        Map<Long, String> verified =
                close.verifiedOpds(month, units.stream().map(Opd::id).toList());
        List<RecapReport.Section> sections = new ArrayList<>();
        for (Opd unit : units) {
            List<Employee> staff = employedIn(
                            em.createQuery(
                                            "select e from Employee e join fetch e.opd" + " where" + POSTED_IN_MONTH
                                                    + EMPLOYED_IN_MONTH + " order by e.name, e.nip",
                                            Employee.class)
                                    .setParameter("opd", unit),
                            month)
                    .getResultList();
            if (staff.isEmpty() && opdId == null) {
                continue;
            }
            Map<Long, MonthSummary> months = recaps.monthsIn(unit, staff, month, rules);
            List<RecapReport.Line> lines = new ArrayList<>();
            for (Employee employee : staff) {
                lines.add(new RecapReport.Line(
                        lines.size() + 1,
                        employee.nip().value(),
                        employee.name(),
                        employee.position(),
                        unit.code(),
                        months.get(employee.id())));
            }
            sections.add(new RecapReport.Section(
                    unit.code(), unit.name(), verified.get(unit.id()), lines, RecapReport.Totals.of(lines)));
        }
        LocalDate today = clock.instant().atZone(Opd.DEFAULT_ZONE).toLocalDate();
        String signer =
                opdId == null ? "Kepala BKPSDMD" : "Kepala " + units.get(0).name();
        return new RecapReport(
                regency.name(),
                month,
                opdId == null ? null : units.get(0).name(),
                rules.version(),
                close.isLocked(month),
                LocalDateTime.ofInstant(clock.instant(), Opd.DEFAULT_ZONE),
                sections,
                new RecapReport.Signature(regency.signingPlace(), today, signer, null, null));
    }

    private Opd seen(long opdId) {
        Opd opd = opds.find(opdId).orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_OPD, "no OPD " + opdId));
        scope.current().requireSee(opd);
        return opd;
    }

    private Employee employee(long employeeId) {
        return employees
                .find(employeeId)
                .orElseThrow(() -> new NotFoundException(ProblemCode.UNKNOWN_EMPLOYEE, "no ASN " + employeeId));
    }
}
