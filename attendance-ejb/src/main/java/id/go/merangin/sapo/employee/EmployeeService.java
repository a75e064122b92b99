package id.go.merangin.sapo.employee;

import id.go.merangin.sapo.audit.AuditTrail;
import id.go.merangin.sapo.organization.Opd;
import id.go.merangin.sapo.organization.OpdRepository;
import id.go.merangin.sapo.shared.SapoException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The ASN master data: adding and reading the records that registration is matched against. */
@Stateless
public class EmployeeService {

    @Inject
    EmployeeRepository employees;

    @Inject
    OpdRepository opds;

    @Inject
    AuditTrail audit;

    /**
     * Adds the master record of one ASN. The NIP must be valid and agree with the birth date, and must not be in
     * use; otherwise nothing is stored.
     */
    public long addMasterRecord(String nip, String name, LocalDate birthDate, String position, String rank,
            String opdCode) {
        Nip valid = Nip.of(nip);
        if (employees.findByNip(valid).isPresent()) {
            throw new SapoException("DUPLICATE_NIP", "NIP " + nip + " is already registered as an ASN",
                    Map.of("nip", nip));
        }
        Opd opd = opds.findByCode(opdCode).orElseThrow(
                () -> new SapoException("UNKNOWN_OPD", "No OPD with code " + opdCode, Map.of("code", opdCode)));
        Employee employee = employees.store(new Employee(valid, name, birthDate, position, rank, opd));
        audit.record("EMPLOYEE_CREATED", "Employee", employee.id(), employee.toString());
        return employee.id();
    }

    public Optional<String> nameOf(String nip) {
        return employees.findByNip(Nip.of(nip)).map(Employee::name);
    }
}
