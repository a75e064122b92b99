package id.go.merangin.sapo.employee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the ASN master records are kept. */
public interface EmployeeRepository {

    Optional<Employee> find(long id);

    Optional<Employee> findByNip(Nip nip);

    /** The employees with any of these NIPs, with their OPD (for imports: one query per thousand NIPs). */
    List<Employee> findByNips(Collection<Nip> nips);

    Employee store(Employee employee);

    /**
     * The employee, locked until the transaction ends: the writes of one ASN (attendance, leave requests, problem
     * reports) run one after another, so a parallel tap or a retry sees what the first one wrote.
     */
    Employee lockForWrites(long id);
}
