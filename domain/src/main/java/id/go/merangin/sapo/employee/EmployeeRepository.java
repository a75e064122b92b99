package id.go.merangin.sapo.employee;

import java.util.Optional;

/** Where the ASN master records are kept. */
public interface EmployeeRepository {

    Optional<Employee> find(long id);

    Optional<Employee> findByNip(Nip nip);

    Employee store(Employee employee);
}
