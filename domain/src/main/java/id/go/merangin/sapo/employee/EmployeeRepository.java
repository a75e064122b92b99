package id.go.merangin.sapo.employee;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the ASN master records are kept. */
public interface EmployeeRepository {

    Optional<Employee> find(long id);

    Optional<Employee> findByNip(Nip nip);

    /** The employees with any of these NIPs, with their OPD (for imports: one query per thousand NIPs). */
    List<Employee> findByNips(Collection<Nip> nips);

    /** The employees with any of these ids, with their OPD. */
    List<Employee> findByIds(Collection<Long> ids);

    /**
     * The ASN now posted to the OPD {@code opdId} who work for the regency on some day from {@code from} to
     * {@code until} (see {@link Employment}), with their OPD, by id.
     */
    List<Employee> employedIn(long opdId, LocalDate from, LocalDate until);

    /** The ids of the OPDs that have an active ASN posted to them now. */
    List<Long> opdsWithActiveStaff();

    Employee store(Employee employee);

    /**
     * The employee, locked until the transaction ends: the writes of one ASN (attendance, leave requests, problem
     * reports) run one after another, so a parallel tap or a retry sees what the first one wrote.
     */
    Employee lockForWrites(long id);
}
