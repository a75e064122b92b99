package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.organization.Opd;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which OPD each ASN belonged to on each date ({@link Postings}), read from their past postings, and the transfer
 * that records one. A plain bean: it reads and writes ({@link EmployeeRepository}) inside its caller's transaction.
 */
@ApplicationScoped
public class OpdPostings {

    /** Before any day SAPO keeps (and within what PostgreSQL's dates hold). */
    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    @Inject
    EmployeeRepository records;

    @Inject
    Clock clock;

    /**
     * The postings of each of {@code employees} (by id) as far as days from {@code from} on are concerned (every
     * posting when {@code from} is {@code null}).
     */
    public Map<Long, Postings<Opd>> of(Collection<Employee> employees, LocalDate from) {
        Map<Long, List<Postings.Past<Opd>>> past =
                records.pastPostings(employees.stream().map(Employee::id).toList(), from == null ? FIRST_DAY : from);
        Map<Long, Postings<Opd>> postings = new HashMap<>();
        employees.forEach(employee -> postings.put(
                employee.id(), new Postings<>(past.getOrDefault(employee.id(), List.of()), employee.opd())));
        return postings;
    }

    /** Every posting of one ASN. */
    public Postings<Opd> of(Employee employee) {
        return of(List.of(employee), null).get(employee.id());
    }

    /**
     * Moves {@code employee} to {@code target} from {@code date} on: the days before stay their current OPD's. The
     * date is today or earlier, after the day the current posting began ({@code INVALID_TRANSFER} otherwise); the
     * caller checks reach, locked months and audits, and has the days from {@code date} on worked out again.
     */
    public void transfer(Employee employee, Opd target, LocalDate date, String recordedBy) {
        of(employee)
                .requireTransferableOn(
                        date, clock.instant().atZone(employee.opd().zone()).toLocalDate());
        records.store(new PastPosting(employee, employee.opd(), date.minusDays(1), recordedBy, clock.instant()));
        employee.transferTo(target);
    }
}
